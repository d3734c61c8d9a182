using Ecr.Raw.Sts;

namespace Ecr.Raw.Tests.Sts;

public sealed class StsXmlTests
{
    private static string? Element(string xml, string name)
    {
        StsXml.TryParse(xml, out var elements).ShouldBeTrue();
        return elements.FirstOrDefault(e => e.Key == name).Value;
    }

    [Fact]
    public void ReadsAnAssumeRoleAnswer()
    {
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <AssumeRoleWithWebIdentityResult>
                <Credentials>
                  <AccessKeyId>ASIAEXAMPLE</AccessKeyId>
                  <SecretAccessKey>wJalr/K7MDENG+bPxRfiCY</SecretAccessKey>
                  <SessionToken>FwoGZX&amp;IvYXdzE</SessionToken>
                  <Expiration>2026-12-03T14:30:00Z</Expiration>
                </Credentials>
              </AssumeRoleWithWebIdentityResult>
            </AssumeRoleWithWebIdentityResponse>
            """;

        Element(Xml, "AccessKeyId").ShouldBe("ASIAEXAMPLE");
        Element(Xml, "SecretAccessKey").ShouldBe("wJalr/K7MDENG+bPxRfiCY");
        Element(Xml, "SessionToken").ShouldBe("FwoGZX&IvYXdzE");
        Element(Xml, "Expiration").ShouldBe("2026-12-03T14:30:00Z");
    }

    [Fact]
    public void Entities_CData_Comments_Prefixes_SelfClosing()
    {
        const string Xml = "<a:Root xmlns:a='x' note=\"a > b\"><!-- skip --><a:M>&lt;&gt;&quot;&apos;&#65;&#x42;</a:M><C><![CDATA[<raw> & ]]></C><E/></a:Root>";

        Element(Xml, "M").ShouldBe("<>\"'AB");
        Element(Xml, "C").ShouldBe("<raw> & ");
        Element(Xml, "E").ShouldBe(string.Empty);
        Element(Xml, "Root").ShouldBe("<>\"'AB<raw> & ");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<html><body><br></body></html>")] // HTML is not XML: <br> is never closed
    [InlineData("<a><b></a></b>")]
    [InlineData("<a>")]
    [InlineData("<a></a><b></b>")]
    [InlineData("<!DOCTYPE a [<!ENTITY x 'y'>]><a>&x;</a>")]
    [InlineData("<a>&bogus;</a>")]
    [InlineData("<a>&#xD800;</a>")]
    public void RefusesWhatIsNotAWellFormedAnswer(string text)
    {
        StsXml.TryParse(text, out _).ShouldBeFalse();
    }
}
