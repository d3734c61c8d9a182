using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// The storage state of an image. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(ImageStatusJsonConverter))]
public readonly struct ImageStatus : IEquatable<ImageStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>ACTIVE</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public ImageStatus(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>ACTIVE</c>.</summary>
    public static ImageStatus Active { get; } = new("ACTIVE");

    /// <summary><c>ARCHIVED</c>.</summary>
    public static ImageStatus Archived { get; } = new("ARCHIVED");

    /// <summary><c>ACTIVATING</c>.</summary>
    public static ImageStatus Activating { get; } = new("ACTIVATING");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ImageStatus left, ImageStatus right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ImageStatus left, ImageStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ImageStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImageStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
