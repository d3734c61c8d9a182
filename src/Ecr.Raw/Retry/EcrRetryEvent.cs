using System;
using Ecr.Raw.Errors;

namespace Ecr.Raw.Retry;

/// <summary>A retry about to happen: which operation, after which attempt, how long until the next one, and why.</summary>
public readonly struct EcrRetryEvent : IEquatable<EcrRetryEvent>
{
    /// <summary>Creates the event.</summary>
    /// <param name="operation">The ECR operation.</param>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="delay">The wait before the next attempt.</param>
    /// <param name="kind">Why the attempt failed.</param>
    public EcrRetryEvent(string operation, int attempt, TimeSpan delay, EcrErrorKind kind)
    {
        Operation = operation;
        Attempt = attempt;
        Delay = delay;
        Kind = kind;
    }

    /// <summary>The ECR operation, for example <c>ListImages</c>.</summary>
    public string Operation { get; }

    /// <summary>The attempt that failed, from 1.</summary>
    public int Attempt { get; }

    /// <summary>The wait before the next attempt.</summary>
    public TimeSpan Delay { get; }

    /// <summary>Why the attempt failed.</summary>
    public EcrErrorKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(EcrRetryEvent other) => Operation == other.Operation && Attempt == other.Attempt && Delay == other.Delay && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EcrRetryEvent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Operation?.GetHashCode() ?? 0) ^ (Attempt * 397) ^ Delay.GetHashCode() ^ (int)Kind;

    /// <summary>Compares two events.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(EcrRetryEvent left, EcrRetryEvent right) => left.Equals(right);

    /// <summary>Compares two events.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(EcrRetryEvent left, EcrRetryEvent right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => $"{Operation} attempt {Attempt} failed ({Kind}); retrying in {Delay.TotalMilliseconds:0} ms";
}
