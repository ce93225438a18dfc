using System.ComponentModel;
using System.Text.Json.Serialization;

namespace AgentHost.Clinical.MentalHealth;

public sealed class Gad7Request
{
    internal const string ItemsText = "The seven GAD-7 item answers in order, each 0–3 (0 not at all, 1 several days, 2 more than half the days, 3 nearly every day).";

    [JsonRequired]
    [Description(ItemsText)]
    public IReadOnlyList<int?>? Items { get; init; }
}
