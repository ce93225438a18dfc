namespace AgentHost.Clinical.MentalHealth;

public enum FunctionalDifficulty
{
    NotDifficultAtAll,
    SomewhatDifficult,
    VeryDifficult,
    ExtremelyDifficult,
}
