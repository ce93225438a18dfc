using System.Globalization;
using AgentHost.Agents.Safety;
using Xunit.Abstractions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AgentHost.Agents.Tests.Safety;

/// <summary>
/// Measures the pre-gate of the real packages on the labelled set and keeps each package's README table true.
/// </summary>
public sealed class GateMeasurementTests
{
    private readonly ITestOutputHelper _output;

    public GateMeasurementTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> Packages => new(PackagePolicies.Ids);

    [Fact]
    public void Labelled_set_has_at_least_200_messages_in_both_languages()
    {
        var set = LoadSet();
        Assert.True(set.Count >= 200, $"only {set.Count} messages");
        Assert.Contains(set, m => m.Text.Any(c => c >= 0x4E00 && c <= 0x9FFF));
        Assert.Contains(set, m => m.Text.Any(char.IsAsciiLetter));
        Assert.All(set, m => Assert.Contains(m.Expect, new[] { "crisis", "emergency", "none" }));
        Assert.All(set, m => Assert.True(m.Package == "all" || PackagePolicies.Ids.Contains(m.Package), m.Package));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void Gate_meets_targets_and_the_readme_reports_what_is_measured(string packageId)
    {
        var policy = PackagePolicies.Get(packageId);
        var messages = LoadSet().Where(m => m.Package == "all" || m.Package == packageId).ToList();
        int crisis = 0, crisisHit = 0, emergency = 0, emergencyHit = 0, negatives = 0, falsePositives = 0;
        foreach (var message in messages)
        {
            var result = policy.CheckInput(message.Text);
            switch (message.Expect)
            {
                case "crisis":
                    crisis++;
                    if (result.Kind == EscalationKind.Crisis)
                    {
                        crisisHit++;
                    }
                    else
                    {
                        _output.WriteLine($"MISSED crisis: {message.Text} -> {result.Kind?.ToString() ?? "none"}");
                    }

                    break;
                case "emergency":
                    emergency++;
                    if (result.Kind == EscalationKind.Emergency)
                    {
                        emergencyHit++;
                    }
                    else
                    {
                        _output.WriteLine($"MISSED emergency: {message.Text} -> {result.Kind?.ToString() ?? "none"} {result.RuleId}");
                    }

                    break;
                default:
                    negatives++;
                    if (result.IsHit)
                    {
                        falsePositives++;
                        _output.WriteLine($"FALSE POSITIVE: {message.Text} -> {result.RuleId}");
                    }

                    break;
            }
        }

        var row = string.Create(
            CultureInfo.InvariantCulture,
            $"| {messages.Count} | {Rate(crisisHit, crisis)} | {Rate(emergencyHit, emergency)} | {Rate(falsePositives, negatives)} |");
        _output.WriteLine(row);

        Assert.True(crisis > 0 && crisisHit == crisis, $"crisis recall must be 100 %: {row}");
        if (emergency > 0)
        {
            Assert.True(emergencyHit >= 0.95 * emergency, $"emergency recall must be >= 95 %: {row}");
        }

        Assert.True(negatives > 0 && falsePositives <= 0.05 * negatives, $"false-positive rate must be <= 5 %: {row}");

        var readme = File.ReadAllText(Path.Combine(RepoPaths.Package(packageId), "README.md"));
        Assert.True(
            readme.Contains(row, StringComparison.Ordinal),
            $"agents/{packageId}/README.md must contain the measured row:\n{row}");
    }

    private static string Rate(int count, int total) => total == 0
        ? "n/a (0/0)"
        : string.Create(CultureInfo.InvariantCulture, $"{100.0 * count / total:0.0} % ({count}/{total})");

    private static List<LabelledMessage> LoadSet()
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return deserializer.Deserialize<LabelledSet>(File.ReadAllText(RepoPaths.TestFile("gate-labelled-set.yaml"))).Messages;
    }
}
