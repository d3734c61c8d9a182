using Ecr.Raw.Cli.Paging;
using Ecr.Raw.Cli.Parsing;

namespace Ecr.Raw.Tests.Cli;

public sealed class PagingTokenTests
{
    [Fact]
    public void Encodes_ByteForByteAsBotocore()
    {
        // base64.b64encode(json.dumps({...}).encode()) in python3.
        new PagingToken(null, 2).Encode().ShouldBe("eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==");
        new PagingToken("ab\"c/é", null).Encode().ShouldBe("eyJuZXh0VG9rZW4iOiAiYWJcImMvXHUwMGU5In0=");
    }

    [Fact]
    public void Decodes_WhatItEncodes()
    {
        PagingToken.Decode(new PagingToken("ab\"c/é", 7).Encode()).ShouldBe(new PagingToken("ab\"c/é", 7));
        PagingToken.Decode("eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAyfQ==").ShouldBe(new PagingToken(null, 2));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("eyJhIjogMX0=")] // {"a": 1}
    public void RejectsForeignTokens(string token)
    {
        Should.Throw<UsageException>(() => PagingToken.Decode(token)).Message.ShouldContain("Bad starting token");
    }
}
