using System;

namespace Ecr.Raw.Cli.Parsing;

/// <summary>The command line cannot be run as given; the message says what to change. Exit code 252.</summary>
internal sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the option and the rule.</param>
    /// <param name="showUsage">Whether the general usage lines precede the message, as argparse errors do.</param>
    public UsageException(string message, bool showUsage = true)
        : base(message)
    {
        ShowUsage = showUsage;
    }

    /// <summary>Whether the general usage lines precede the message.</summary>
    public bool ShowUsage { get; }

    /// <summary>A botocore-style parameter validation failure, printed without usage lines.</summary>
    public static UsageException InvalidParameter(string problem) => new("Parameter validation failed:\n" + problem, showUsage: false);
}
