using System;

namespace Ecr.Raw.Images;

/// <summary>How <see cref="ImageService"/> runs batch calls.</summary>
public sealed class ImageServiceOptions
{
    private int _maxParallelism = 1;

    /// <summary>How many chunks of 100 ids may be in flight at once; results keep input order whatever it is.</summary>
    /// <value>Defaults to 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">Below 1 or above 32.</exception>
    public int MaxParallelism
    {
        get => _maxParallelism;
        set => _maxParallelism = value is >= 1 and <= 32 ? value : throw new ArgumentOutOfRangeException(nameof(MaxParallelism), value, "MaxParallelism must be from 1 to 32.");
    }
}
