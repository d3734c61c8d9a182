using System;
using System.Text.Json.Serialization;

namespace Ecr.Raw.Model;

/// <summary>
/// The state of an image scan. An open set: values ECR adds later are kept as they are sent, never rejected.
/// </summary>
[JsonConverter(typeof(ScanStatusJsonConverter))]
public readonly struct ScanStatus : IEquatable<ScanStatus>
{
    private readonly string? _value;

    /// <summary>Wraps a value as sent on the wire.</summary>
    /// <param name="value">The value, for example <c>IN_PROGRESS</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public ScanStatus(string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException("The value must not be empty.", nameof(value));
        }

        _value = value;
    }

    /// <summary><c>IN_PROGRESS</c>.</summary>
    public static ScanStatus InProgress { get; } = new("IN_PROGRESS");

    /// <summary><c>COMPLETE</c>.</summary>
    public static ScanStatus Complete { get; } = new("COMPLETE");

    /// <summary><c>FAILED</c>.</summary>
    public static ScanStatus Failed { get; } = new("FAILED");

    /// <summary><c>UNSUPPORTED_IMAGE</c>.</summary>
    public static ScanStatus UnsupportedImage { get; } = new("UNSUPPORTED_IMAGE");

    /// <summary><c>ACTIVE</c>.</summary>
    public static ScanStatus Active { get; } = new("ACTIVE");

    /// <summary><c>PENDING</c>.</summary>
    public static ScanStatus Pending { get; } = new("PENDING");

    /// <summary><c>SCAN_ELIGIBILITY_EXPIRED</c>.</summary>
    public static ScanStatus ScanEligibilityExpired { get; } = new("SCAN_ELIGIBILITY_EXPIRED");

    /// <summary><c>FINDINGS_UNAVAILABLE</c>.</summary>
    public static ScanStatus FindingsUnavailable { get; } = new("FINDINGS_UNAVAILABLE");

    /// <summary><c>LIMIT_EXCEEDED</c>.</summary>
    public static ScanStatus LimitExceeded { get; } = new("LIMIT_EXCEEDED");

    /// <summary><c>IMAGE_ARCHIVED</c>.</summary>
    public static ScanStatus ImageArchived { get; } = new("IMAGE_ARCHIVED");

    /// <summary>The value as sent on the wire.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are the same.</returns>
    public static bool operator ==(ScanStatus left, ScanStatus right) => left.Equals(right);

    /// <summary>Compares two values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ScanStatus left, ScanStatus right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(ScanStatus other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ScanStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
