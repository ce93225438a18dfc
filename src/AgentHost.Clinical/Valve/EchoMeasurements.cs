namespace AgentHost.Clinical.Valve;

/// <summary>The validated echo values of one request (null where not given).</summary>
internal sealed record EchoMeasurements(
    bool Symptomatic,
    double? VmaxMS,
    double? MeanGradientMmhg,
    double? AvaCm2,
    double? SviMlM2,
    double? PreviousVmaxMS,
    double? YearsSincePreviousEcho,
    double? VenaContractaCm,
    double? RegurgitantVolumeMl,
    double? RegurgitantFractionPct,
    double? EroaCm2,
    double? MvaCm2,
    double? PressureHalfTimeMs,
    double? LvefPct,
    double? LvesdMm,
    double? LvesdIndexedMmM2,
    bool NewAtrialFibrillation,
    double? PaspMmhg);
