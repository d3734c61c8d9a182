using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// Which images a list or describe call returns by tag state. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(TagStatusJsonConverter))]
public readonly struct TagStatus : IEquatable<TagStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>TAGGED</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public TagStatus(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>TAGGED</c>.</summary>
    public static TagStatus Tagged { get; } = new("TAGGED");

    /// <summary><c>UNTAGGED</c>.</summary>
    public static TagStatus Untagged { get; } = new("UNTAGGED");

    /// <summary><c>ANY</c>.</summary>
    public static TagStatus Any { get; } = new("ANY");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(TagStatus left, TagStatus right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TagStatus left, TagStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TagStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TagStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
