using Triangulate.Extraction.Time;

namespace Triangulate.Tests.Extraction.Time;

/// <summary>Numbers that look like dates but are not (issue 21 item 3), on phrasings of our own; and the days that stay days.</summary>
public sealed class FalseDateTests
{
    private static bool FindsDate(string sentence, string numbers) =>
        TemporalExtractor.Default.Find(sentence).Any(e => e.Kind == TemporalKind.Date && e.Text.Contains(numbers, StringComparison.Ordinal));

    [Theory]
    [InlineData("Crews worked 24/7 to restore power to the valley.", "24/7")]
    [InlineData("It was the worst attack since the 9/11 attacks on the capital.", "9/11")]
    [InlineData("Memories of the 7/7 bombings were still raw in the city.", "7/7")]
    [InlineData("The post-9/11 security rules were tightened again.", "9/11")]
    [InlineData("A 9/11-style plot was foiled, the ministry said.", "9/11")]
    [InlineData("Around 3/4 of the homes in the district lost power.", "3/4")]
    [InlineData("Turnout reached 2/3 of registered voters.", "2/3")]
    [InlineData("The twins, 10/11 years old, were rescued from the roof.", "10/11")]
    [InlineData("Flight 6/12 to the coast was cancelled, the airline said.", "6/12")]
    [InlineData("The court ruled by a 5/4 majority that the ban was lawful.", "5/4")]
    public void Find_NumbersThatAreNoDay_GiveNoDate(string sentence, string numbers)
    {
        Assert.False(FindsDate(sentence, numbers));
    }

    [Theory]
    [InlineData("The council met on 5/4 to discuss repairs.", "5/4")]
    [InlineData("Schools reopen Monday 6/12, officials said.", "6/12")]
    [InlineData("Power was restored on 9/11, two days after the storm.", "9/11")]
    [InlineData("The flood of 3/14/2019 was the worst in decades.", "3/14/2019")]
    public void Find_SlashedDays_StayDates(string sentence, string numbers)
    {
        Assert.True(FindsDate(sentence, numbers));
    }
}
