using System;
using System.Threading;
using System.Threading.Tasks;

namespace Ecr.Raw.Credentials;

/// <summary>Credentials given in code; the first source of the default chain.</summary>
public sealed class StaticCredentialsProvider : IAwsCredentialsProvider
{
    private readonly AwsCredentials _credentials;

    /// <summary>Wraps fixed credentials.</summary>
    /// <param name="credentials">The credentials to return.</param>
    /// <exception cref="ArgumentNullException"><paramref name="credentials"/> is null.</exception>
    public StaticCredentialsProvider(AwsCredentials credentials)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
    }

    /// <inheritdoc />
    public ValueTask<AwsCredentials> GetCredentialsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<AwsCredentials>(_credentials);
    }

    /// <inheritdoc />
    public override string ToString() => $"StaticCredentialsProvider {{ {_credentials} }}";
}
