using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using Ecr.Raw.Credentials;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Signing;

/// <summary>
/// Derived SigV4 signing keys by (date, region, service, credentials), so that a signature costs one HMAC chain a day
/// instead of four HMACs a request. Bounded; keyed by a digest of the secret, never by the secret.
/// </summary>
internal sealed class SigningKeyCache
{
    private readonly Dictionary<CacheKey, byte[]> _keys = new();
    private readonly object _gate = new();
    private readonly int _capacity;
    private long _derivations;
    private LastKey? _last;

    public SigningKeyCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The signing-key cache needs room for at least one key.");
        }

        _capacity = capacity;
    }

    /// <summary>How many keys were derived rather than found; for tests and diagnostics.</summary>
    public long Derivations => Interlocked.Read(ref _derivations);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    public byte[] Get(AwsCredentials credentials, ReadOnlySpan<char> dateStamp, string region, string service)
    {
        var date = ParseDate(dateStamp);

        // Nearly every signature of a client repeats the previous one's scope: answer it without hashing or locking.
        var last = _last;
        if (last is not null && ReferenceEquals(last.Credentials, credentials) && last.Date == date
            && string.Equals(last.Region, region, StringComparison.Ordinal) && string.Equals(last.Service, service, StringComparison.Ordinal))
        {
            return last.SigningKey;
        }

        var key = new CacheKey(credentials.AccessKeyId, credentials.SecretFingerprint, date, region, service);
        byte[]? found;
        lock (_gate)
        {
            _keys.TryGetValue(key, out found);
        }

        if (found is not null)
        {
            _last = new LastKey(credentials, date, region, service, found);
            return found;
        }

        var derived = Derive(credentials.SecretAccessKey, dateStamp, region, service);
        Interlocked.Increment(ref _derivations);
        lock (_gate)
        {
            if (_keys.Count >= _capacity)
            {
                // Keys roll over daily; dropping them all at once is simpler than LRU and costs one derivation each.
                _keys.Clear();
            }

            _keys[key] = derived;
        }

        _last = new LastKey(credentials, date, region, service, derived);
        return derived;
    }

    private static byte[] Derive(string secret, ReadOnlySpan<char> dateStamp, string region, string service)
    {
        var secretBytes = Encoding.UTF8.GetBytes("AWS4" + secret);
        Span<byte> key = stackalloc byte[Crypto.HashSize];
        Span<byte> next = stackalloc byte[Crypto.HashSize];
        try
        {
            Crypto.HmacSha256(secretBytes, Encoding.UTF8.GetBytes(dateStamp.ToString()), key);
            Crypto.HmacSha256(key, Encoding.UTF8.GetBytes(region), next);
            Crypto.HmacSha256(next, Encoding.UTF8.GetBytes(service), key);
            Crypto.HmacSha256(key, Encoding.UTF8.GetBytes(SigV4Constants.Terminator), next);
            return next.ToArray();
        }
        finally
        {
            Array.Clear(secretBytes, 0, secretBytes.Length);
        }
    }

    private static int ParseDate(ReadOnlySpan<char> dateStamp)
    {
        var value = 0;
        foreach (var c in dateStamp)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private sealed record LastKey(AwsCredentials Credentials, int Date, string Region, string Service, byte[] SigningKey);

    private readonly record struct CacheKey(string AccessKeyId, string SecretFingerprint, int Date, string Region, string Service);
}
