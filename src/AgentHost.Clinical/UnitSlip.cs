namespace AgentHost.Clinical;

/// <summary>The unit a value should be in, so an out-of-range value can be recognised as a unit mistake.</summary>
internal enum UnitSlip
{
    None,

    /// <summary>Expected centimetres: recognise millimetres and metres.</summary>
    Centimetres,

    /// <summary>Expected millimetres: recognise centimetres.</summary>
    Millimetres,

    /// <summary>Expected kilograms: recognise grams.</summary>
    Kilograms,

    /// <summary>Expected metres per second: recognise centimetres per second.</summary>
    MetresPerSecond,

    /// <summary>Expected a percentage: recognise a fraction (0.55 for 55 %).</summary>
    Percent,
}
