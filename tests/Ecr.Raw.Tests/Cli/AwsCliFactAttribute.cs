using Ecr.Raw.Tests.Integration;

namespace Ecr.Raw.Tests.Cli;

/// <summary>
/// A test that compares ecr-raw with the AWS CLI against moto: skipped, with a loud reason, where either is missing;
/// under CI, run (and fail).
/// </summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public AwsCliFactAttribute()
    {
        if (MotoAvailability.SkipReason is { } reason)
        {
            Skip = reason;
        }
        else if (AwsCli.Executable is null && !MotoAvailability.IsCi)
        {
            Skip = "SKIPPED: the AWS CLI (aws) is not on PATH, so ecr-raw's output was not compared with it (under CI=true this is a failure).";
        }
    }
}
