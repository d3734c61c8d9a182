using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// Which images a list or describe call returns by storage state; ECR returns only ACTIVE ones when it is not set. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(ImageStatusFilterJsonConverter))]
public readonly struct ImageStatusFilter : IEquatable<ImageStatusFilter>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>ACTIVE</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public ImageStatusFilter(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>ACTIVE</c>.</summary>
    public static ImageStatusFilter Active { get; } = new("ACTIVE");

    /// <summary><c>ARCHIVED</c>.</summary>
    public static ImageStatusFilter Archived { get; } = new("ARCHIVED");

    /// <summary><c>ACTIVATING</c>.</summary>
    public static ImageStatusFilter Activating { get; } = new("ACTIVATING");

    /// <summary><c>ANY</c>.</summary>
    public static ImageStatusFilter Any { get; } = new("ANY");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ImageStatusFilter left, ImageStatusFilter right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImageStatusFilter left, ImageStatusFilter right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ImageStatusFilter other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageStatusFilter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
