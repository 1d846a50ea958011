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

    [Theory]
    [InlineData("Up to 14 may still be trapped under the slabs, the fire chief said.", "14 may")]
    [InlineData("As many as 25 may have drowned when the raft overturned.", "25 may")]
    [InlineData("Rescuers fear that 9 may never be found.", "9 may")]
    [InlineData("Officials said 30 may be missing after the mudslide.", "30 may")]
    public void Find_CountBeforeTheModalMay_GivesNoDate(string sentence, string words)
    {
        // A count followed by the modal verb ("14 may still be trapped") is no 14 May.
        Assert.False(FindsDate(sentence, words));
    }

    [Theory]
    [InlineData("The dyke was repaired on 14 may 2023 after the storm.", "14 may 2023")]
    [InlineData("The ferry sank on 14 May, the coastguard said.", "14 May")]
    [InlineData("She was fined on 3 may that year by the board.", "3 may")]
    public void Find_DayBeforeMay_StaysADate(string sentence, string words)
    {
        Assert.True(FindsDate(sentence, words));
    }
}
