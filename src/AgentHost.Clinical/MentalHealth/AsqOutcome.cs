namespace AgentHost.Clinical.MentalHealth;

public enum AsqOutcome
{
    /// <summary>Q5 yes: acute positive.</summary>
    Acute,

    /// <summary>Any of Q1–Q4 yes, Q5 no.</summary>
    NonAcute,

    /// <summary>All no.</summary>
    Negative,
}
