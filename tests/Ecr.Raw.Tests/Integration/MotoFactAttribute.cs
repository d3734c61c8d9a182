namespace Ecr.Raw.Tests.Integration;

/// <summary>A test that needs moto_server: skipped, with a loud reason, where it is missing; under CI, run (and fail).</summary>
public sealed class MotoFactAttribute : FactAttribute
{
    public MotoFactAttribute()
    {
        if (MotoAvailability.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
