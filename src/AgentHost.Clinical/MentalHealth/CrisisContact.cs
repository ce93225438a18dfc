namespace AgentHost.Clinical.MentalHealth;

public sealed record CrisisContact(string Number, string Name);
