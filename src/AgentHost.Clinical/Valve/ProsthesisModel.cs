using System.Text.Json.Serialization;

namespace AgentHost.Clinical.Valve;

/// <summary>Mechanical prosthesis models named in ESC/EACTS 2021 Table 10, plus On-X (ACC/AHA 2020).</summary>
public enum ProsthesisModel
{
    Carbomedics,
    MedtronicHall,
    Ats,
    MedtronicOpenPivot,
    StJudeMedical,
    SorinBicarbon,
    [JsonStringEnumMemberName("on_x")]
    OnX,
    LilleheiKaster,
    Omniscience,
    StarrEdwards,
    BjorkShiley,
    OtherBileaflet,
    OtherTiltingDisc,
}
