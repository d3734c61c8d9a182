namespace Ecr.Raw.Credentials;

/// <summary>A provider that can be told the service rejected its credentials as expired, so the next call fetches anew.</summary>
internal interface IExpirableCredentials
{
    /// <summary>Marks <paramref name="credentials"/> as expired if they are still the ones being served.</summary>
    void MarkExpired(AwsCredentials credentials);
}
