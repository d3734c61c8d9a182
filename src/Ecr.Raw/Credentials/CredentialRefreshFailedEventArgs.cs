using System;

namespace Ecr.Raw.Credentials;

/// <summary>A refresh failed and the last good credentials are served for a while longer.</summary>
public sealed class CredentialRefreshFailedEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="error">Why the refresh failed; its message holds no secret.</param>
    /// <param name="servingUntil">Until when the previous credentials are served before the next refresh attempt.</param>
    public CredentialRefreshFailedEventArgs(Exception error, DateTimeOffset servingUntil)
    {
        Error = error;
        ServingUntil = servingUntil;
    }

    /// <summary>Why the refresh failed.</summary>
    public Exception Error { get; }

    /// <summary>Until when the previous credentials are served before the next refresh attempt.</summary>
    public DateTimeOffset ServingUntil { get; }
}
