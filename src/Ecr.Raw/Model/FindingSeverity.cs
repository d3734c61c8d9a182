using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// The severity of a scan finding. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(FindingSeverityJsonConverter))]
public readonly struct FindingSeverity : IEquatable<FindingSeverity>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>INFORMATIONAL</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public FindingSeverity(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>INFORMATIONAL</c>.</summary>
    public static FindingSeverity Informational { get; } = new("INFORMATIONAL");

    /// <summary><c>LOW</c>.</summary>
    public static FindingSeverity Low { get; } = new("LOW");

    /// <summary><c>MEDIUM</c>.</summary>
    public static FindingSeverity Medium { get; } = new("MEDIUM");

    /// <summary><c>HIGH</c>.</summary>
    public static FindingSeverity High { get; } = new("HIGH");

    /// <summary><c>CRITICAL</c>.</summary>
    public static FindingSeverity Critical { get; } = new("CRITICAL");

    /// <summary><c>UNDEFINED</c>.</summary>
    public static FindingSeverity Undefined { get; } = new("UNDEFINED");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(FindingSeverity left, FindingSeverity right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(FindingSeverity left, FindingSeverity right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(FindingSeverity other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FindingSeverity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
