namespace AgentHost.Clinical.Growth;

public enum Sex
{
    Male = 1,
    Female = 2,
}
