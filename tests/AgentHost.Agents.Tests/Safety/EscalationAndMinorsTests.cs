using AgentHost.Agents.Safety;

namespace AgentHost.Agents.Tests.Safety;

public sealed class EscalationAndMinorsTests
{
    private static readonly EscalationContacts _contacts = new("心外科随访中心 010-12345678");

    public static TheoryData<string, EscalationKind, string> Scripts()
    {
        var data = new TheoryData<string, EscalationKind, string>();
        foreach (var id in PackagePolicies.Ids)
        {
            foreach (var kind in new[] { EscalationKind.Crisis, EscalationKind.Emergency })
            {
                if (PackagePolicies.Get(id).CanEscalate(kind))
                {
                    data.Add(id, kind, "zh");
                    data.Add(id, kind, "en");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Scripts_render_with_every_placeholder_filled(string packageId, EscalationKind kind, string locale)
    {
        var text = PackagePolicies.Get(packageId).RenderEscalation(kind, locale, _contacts);
        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Contains(_contacts.HospitalContact, text, StringComparison.Ordinal);
        Assert.Contains(kind == EscalationKind.Crisis ? "12356" : "120", text, StringComparison.Ordinal);
        if (kind == EscalationKind.Crisis)
        {
            Assert.Contains("110", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Contacts_are_configurable()
    {
        var contacts = new EscalationContacts("Ward 5") { HotlineCrisis = "400-161-9995", HotlineEmergency = "999" };
        var text = PackagePolicies.Get("cardiac-valve-followup").RenderEscalation(EscalationKind.Emergency, "en", contacts);
        Assert.Contains("Call 999 now", text, StringComparison.Ordinal);
        Assert.Contains("Ward 5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_crisis_and_emergency_kind_has_a_script_in_each_package()
    {
        Assert.True(PackagePolicies.Get("cardiac-valve-followup").CanEscalate(EscalationKind.Emergency));
        Assert.True(PackagePolicies.Get("child-growth").CanEscalate(EscalationKind.Emergency));
        Assert.All(PackagePolicies.Ids, id => Assert.True(PackagePolicies.Get(id).CanEscalate(EscalationKind.Crisis)));
    }

    [Fact]
    public void Adolescent_companion_runs_in_minors_mode()
    {
        var minors = PackagePolicies.Get("adolescent-companion").Minors;
        Assert.NotNull(minors);
        Assert.Contains("AI", minors.AiDisclosure("zh"), StringComparison.Ordinal);
        Assert.Contains("not a person", minors.AiDisclosure("en"), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromMinutes(30), minors.BreakInterval);
        var reminder = minors.BreakReminder("en");
        Assert.Contains("30 minutes", reminder, StringComparison.Ordinal);
        Assert.Contains("not a person", reminder, StringComparison.Ordinal);
        Assert.Null(PackagePolicies.Get("child-growth").Minors);
    }

    [Fact]
    public void Break_is_due_after_the_interval_since_start_or_last_reminder()
    {
        var minors = PackagePolicies.Get("adolescent-companion").Minors!;
        var start = new DateTimeOffset(2026, 1, 1, 20, 0, 0, TimeSpan.FromHours(8));
        Assert.False(minors.IsBreakDue(start, null, start.AddMinutes(29)));
        Assert.True(minors.IsBreakDue(start, null, start.AddMinutes(30)));
        Assert.False(minors.IsBreakDue(start, start.AddMinutes(30), start.AddMinutes(45)));
        Assert.True(minors.IsBreakDue(start, start.AddMinutes(30), start.AddMinutes(61)));
    }

    [Fact]
    public void Adolescent_crisis_script_asks_the_asq_items_and_promises_a_human()
    {
        var zh = PackagePolicies.Get("adolescent-companion").RenderEscalation(EscalationKind.Crisis, "zh", _contacts);
        Assert.Contains("你现在有自杀的想法吗", zh, StringComparison.Ordinal);
        Assert.Contains("真人", zh, StringComparison.Ordinal);
        var en = PackagePolicies.Get("adolescent-companion").RenderEscalation(EscalationKind.Crisis, "en", _contacts);
        Assert.Contains("Are you having thoughts of killing yourself right now?", en, StringComparison.Ordinal);
    }
}
