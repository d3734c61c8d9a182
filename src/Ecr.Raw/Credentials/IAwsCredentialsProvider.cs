using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Credentials;

/// <summary>A source of AWS credentials, asked before every signature; implementations cache as they see fit.</summary>
public interface IAwsCredentialsProvider
{
    /// <summary>Returns credentials that are valid now.</summary>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The credentials.</returns>
    ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default);
}
