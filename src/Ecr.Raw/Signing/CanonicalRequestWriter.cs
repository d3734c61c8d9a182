using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using Ecr.Raw.Internal;

namespace Ecr.Raw.Signing;

/// <summary>Task 1 of SigV4: the canonical request, and the signed-header list that goes with it.</summary>
internal static class CanonicalRequestWriter
{
    public static void Write(ref CharBuffer canonical, ref CharBuffer signedHeaders, in SigningContext context)
    {
        var headers = CollectSortedHeaders(context, out var count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (i > 0 && NameEquals(headers[i - 1].Name, headers[i].Name))
                {
                    continue;
                }

                if (signedHeaders.Length > 0)
                {
                    signedHeaders.Append(';');
                }

                AppendLower(ref signedHeaders, headers[i].Name);
            }

            canonical.Append(context.Request.Method);
            canonical.Append('\n');
            WritePath(ref canonical, context);
            canonical.Append('\n');
            WriteQuery(ref canonical, context, signedHeaders.Written);
            canonical.Append('\n');
            WriteHeaders(ref canonical, headers, count);
            canonical.Append('\n');
            canonical.Append(signedHeaders.Written);
            canonical.Append('\n');
            if (context.PayloadHash is not null)
            {
                canonical.Append(context.PayloadHash);
            }
            else
            {
                context.Request.Payload.WriteHash(ref canonical);
            }
        }
        finally
        {
            ArrayPool<HeaderEntry>.Shared.Return(headers, clearArray: true);
        }
    }

    /// <summary>The query parameters a presigned URL carries, encoded, in the order AWS SDKs emit them.</summary>
    public static List<KeyValuePair<string, string>> AuthQueryParameters(in SigningContext context, ReadOnlySpan<char> signedHeaders, bool includeToken)
    {
        var scope = new CharBuffer(128);
        try
        {
            scope.Append(context.Credentials.AccessKeyId);
            scope.Append('/');
            context.WriteScope(ref scope);
            var parameters = new List<KeyValuePair<string, string>>(7)
            {
                new("X-Amz-Algorithm", SigV4Constants.Algorithm),
                new("X-Amz-Credential", EncodeToString(scope.Written)),
                new("X-Amz-Date", context.AmzDate),
                new("X-Amz-SignedHeaders", EncodeToString(signedHeaders)),
                new("X-Amz-Expires", ((long)context.Options.ExpiresIn.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
            };
            if (includeToken && context.Credentials.SessionToken is { } token)
            {
                parameters.Add(new("X-Amz-Security-Token", EncodeToString(token.AsSpan())));
            }

            return parameters;
        }
        finally
        {
            scope.Dispose();
        }
    }

    private static void WritePath(ref CharBuffer canonical, in SigningContext context)
    {
        var path = context.Options.PathNormalization == UriPathNormalization.RemoveDotSegments
            ? RemoveDotSegments(context.Request.Path)
            : context.Request.Path;
        if (context.Options.PathEncoding == UriPathEncoding.Double)
        {
            AwsUriEncoder.Encode(ref canonical, path.AsSpan(), keepSlash: true);
        }
        else
        {
            AwsUriEncoder.EncodeKeepingEscapes(ref canonical, path.AsSpan());
        }
    }

    internal static string RemoveDotSegments(string path)
    {
        if (path.IndexOf("//", StringComparison.Ordinal) < 0 && path.IndexOf("/.", StringComparison.Ordinal) < 0)
        {
            return path;
        }

        var kept = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (kept.Count > 0)
                {
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            kept.Add(segment);
        }

        var result = "/" + string.Join("/", kept);
        var endsWithDirectory = path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
        return kept.Count > 0 && endsWithDirectory ? result + "/" : result;
    }

    private static void WriteQuery(ref CharBuffer canonical, in SigningContext context, ReadOnlySpan<char> signedHeaders)
    {
        var query = context.Request.Query;
        if (query.Length == 0 && !context.IsQueryMode)
        {
            return;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            var key = equals < 0 ? part : part.Substring(0, equals);
            var value = equals < 0 ? string.Empty : part.Substring(equals + 1);
            pairs.Add(new(DecodeThenEncodeToString(key), DecodeThenEncodeToString(value)));
        }

        if (context.IsQueryMode)
        {
            pairs.AddRange(AuthQueryParameters(context, signedHeaders, context.SignsToken));
        }

        // Sorted by the encoded key, then value, byte by byte (the vectors' get-vanilla-query-order-* cases).
        pairs.Sort(static (a, b) =>
        {
            var byKey = string.CompareOrdinal(a.Key, b.Key);
            return byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value);
        });

        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0)
            {
                canonical.Append('&');
            }

            canonical.Append(pairs[i].Key);
            canonical.Append('=');
            canonical.Append(pairs[i].Value);
        }
    }

    private static void WriteHeaders(ref CharBuffer canonical, HeaderEntry[] headers, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var continuesPrevious = i > 0 && NameEquals(headers[i - 1].Name, headers[i].Name);
            if (continuesPrevious)
            {
                canonical.Append(',');
            }
            else
            {
                if (i > 0)
                {
                    canonical.Append('\n');
                }

                AppendLower(ref canonical, headers[i].Name);
                canonical.Append(':');
            }

            AppendTrimmedValue(ref canonical, headers[i].Value);
        }

        if (count > 0)
        {
            canonical.Append('\n');
        }
    }

    private static HeaderEntry[] CollectSortedHeaders(in SigningContext context, out int count)
    {
        var source = context.Request.Headers;
        var headers = ArrayPool<HeaderEntry>.Shared.Rent(source.Count + 3);
        count = 0;
        for (var i = 0; i < source.Count; i++)
        {
            var name = source[i].Key;
            if (!IsSkipped(name, context))
            {
                headers[count++] = new HeaderEntry(name, source[i].Value);
            }
        }

        if (!context.IsQueryMode)
        {
            headers[count++] = new HeaderEntry(SigV4Constants.AmzDateHeader, context.AmzDate);
            if (context.SignsToken)
            {
                headers[count++] = new HeaderEntry(SigV4Constants.SecurityTokenHeader, context.Credentials.SessionToken!);
            }

            if (context.PayloadHash is not null)
            {
                headers[count++] = new HeaderEntry(SigV4Constants.ContentSha256Header, context.PayloadHash);
            }
        }

        // Insertion sort: stable (repeated headers keep their order) and quick for the handful a request has.
        for (var i = 1; i < count; i++)
        {
            var current = headers[i];
            var j = i - 1;
            while (j >= 0 && CompareLower(headers[j].Name, current.Name) > 0)
            {
                headers[j + 1] = headers[j];
                j--;
            }

            headers[j + 1] = current;
        }

        return headers;
    }

    private static bool IsSkipped(string name, in SigningContext context)
    {
        if (Is(name, "authorization") || Is(name, "user-agent") || Is(name, "expect") || Is(name, "x-amzn-trace-id"))
        {
            return true;
        }

        // The signer adds these itself; a stale copy from an earlier attempt must not be signed twice.
        return (!context.IsQueryMode && Is(name, "x-amz-date"))
            || (context.Credentials.SessionToken is not null && Is(name, "x-amz-security-token"))
            || (context.PayloadHash is not null && Is(name, "x-amz-content-sha256"));

        static bool Is(string name, string lower) => string.Equals(name, lower, StringComparison.OrdinalIgnoreCase);
    }

    private static void AppendTrimmedValue(ref CharBuffer buffer, string value)
    {
        var span = value.AsSpan().Trim(" \t".AsSpan());
        var previousWasSpace = false;
        foreach (var c in span)
        {
            var isSpace = c == ' ' || c == '\t';
            if (isSpace && previousWasSpace)
            {
                continue;
            }

            buffer.Append(isSpace ? ' ' : c);
            previousWasSpace = isSpace;
        }
    }

    private static void AppendLower(ref CharBuffer buffer, string name)
    {
        var span = buffer.AppendSpan(name.Length);
        for (var i = 0; i < name.Length; i++)
        {
            span[i] = ToLowerAscii(name[i]);
        }
    }

    private static bool NameEquals(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static int CompareLower(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            var diff = ToLowerAscii(a[i]) - ToLowerAscii(b[i]);
            if (diff != 0)
            {
                return diff;
            }
        }

        return a.Length - b.Length;
    }

    private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    private static string EncodeToString(ReadOnlySpan<char> text)
    {
        var buffer = new CharBuffer(text.Length * 3);
        try
        {
            AwsUriEncoder.Encode(ref buffer, text, keepSlash: false);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static string DecodeThenEncodeToString(string text)
    {
        var buffer = new CharBuffer(text.Length * 3 + 1);
        try
        {
            AwsUriEncoder.DecodeThenEncode(ref buffer, text.AsSpan(), keepSlash: false);
            return buffer.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }
}
