namespace CityPartnerships.Domain.Activities;

public enum ActivityKind
{
    IncomingDelegation,
    OutgoingDelegation,
    ExpertExchange,
    Event,
    YouthExchange,
    Conference,
}
