namespace Ecr.Raw.Cli;

/// <summary>The process exit codes of AWS CLI v2, which scripts already test for.</summary>
internal static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>Interrupted (Ctrl+C), as a shell reports SIGINT.</summary>
    public const int Interrupted = 130;

    /// <summary>The command line was wrong: unknown command or option, missing or malformed value.</summary>
    public const int Usage = 252;

    /// <summary>The configuration was wrong or missing: no region, no credentials, a broken profile.</summary>
    public const int Configuration = 253;

    /// <summary>The service answered with an error.</summary>
    public const int ServiceError = 254;

    /// <summary>Anything else: the network, a malformed response, an unexpected failure.</summary>
    public const int Other = 255;
}
