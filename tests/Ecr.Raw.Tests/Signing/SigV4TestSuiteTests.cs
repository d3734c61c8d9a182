using Ecr.Raw.Signing;

namespace Ecr.Raw.Tests.Signing;

public sealed class SigV4TestSuiteTests
{
    public static TheoryData<string, SignatureLocation> Cases()
    {
        var data = new TheoryData<string, SignatureLocation>();
        foreach (var name in SigV4TestCase.Names())
        {
            data.Add(name, SignatureLocation.Headers);
            data.Add(name, SignatureLocation.QueryString);
        }

        return data;
    }

    [Fact]
    public void Suite_IsVendoredWhole_38CasesWithLicence()
    {
        SigV4TestCase.Names().Count().ShouldBe(38);
        File.Exists(Path.Combine(SigV4TestCase.VectorsRoot, "LICENSE")).ShouldBeTrue();
        File.Exists(Path.Combine(SigV4TestCase.VectorsRoot, "NOTICE")).ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sign_OfficialVector_MatchesEveryExpectedFile(string name, SignatureLocation location)
    {
        var testCase = SigV4TestCase.Load(name);
        var prefix = location == SignatureLocation.Headers ? "header" : "query";

        var result = new SigV4Signer().Sign(testCase.ToSignable(), testCase.Credentials, testCase.Region, testCase.Service, testCase.Time, testCase.Options(location));

        result.CanonicalRequest.ShouldBe(testCase.Expected($"{prefix}-canonical-request.txt"));
        result.StringToSign.ShouldBe(testCase.Expected($"{prefix}-string-to-sign.txt"));
        result.Signature.ShouldBe(testCase.Expected($"{prefix}-signature.txt").Trim());
        testCase.SignedRequestText(result).TrimEnd('\n').ShouldBe(testCase.Expected($"{prefix}-signed-request.txt").TrimEnd('\n'));
    }
}
