using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Credentials;

/// <summary>A link of the default chain: it either applies (and then succeeds or fails for good) or says why it does not.</summary>
internal interface ICredentialSource
{
    /// <summary>The name used in the chain's "tried" list, for example <c>environment</c>.</summary>
    string SourceName { get; }

    /// <summary>How long before expiry credentials from this source are refreshed.</summary>
    System.TimeSpan RefreshBefore { get; }

    /// <summary>Credentials, or a reason this source does not apply; throws when it applies but fails.</summary>
    ValueTask<CredentialLookup> LookupAsync(CancellationToken cancellationToken);
}
