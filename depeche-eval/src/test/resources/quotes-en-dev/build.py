# Builds the composed English quote dev set (depeche-gold/1). Texts written for Depeche; every
# name, place and event is invented.
import json, os
out = 'depeche-eval/src/test/resources/quotes-en-dev'
docs = []
def doc(id, published, text, quotes):
    docs.append((id, published, text, quotes))

doc('en-dev-001', '2026-03-04', """Harbour council votes to close the old ferry pier

March 4, 2026 - The Kellbridge harbour council voted on Tuesday to close the old ferry pier for two years of repairs.

"We cannot keep sending families across a structure that was built for horses and carts," said Mara Quillon, the council's chair. She added that the work would begin in May.

Local traders were less pleased. "Nobody asked us," said Devin Okoro, who runs a bakery near the pier. "We heard about it on the radio like everybody else."

According to the council's engineers, the pier's main beams have lost a third of their strength since the last survey.

Quillon told reporters that a temporary footbridge would open before the summer. "It will not be pretty, but it will be safe," she said.
""", [
 ('We cannot keep sending families across a structure that was built for horses and carts', True, ['Mara Quillon', "the council's chair"], 'said', []),
 ('the work would begin in May', False, ['Mara Quillon', 'She'], 'added', []),
 ('Nobody asked us', True, ['Devin Okoro'], 'said', []),
 ('We heard about it on the radio like everybody else.', True, ['Devin Okoro'], None, []),
 ("the pier's main beams have lost a third of their strength since the last survey", False, ["the council's engineers", 'engineers'], 'According to', []),
 ('a temporary footbridge would open before the summer', False, ['Quillon', 'Mara Quillon'], 'told', []),
 ('It will not be pretty, but it will be safe', True, ['Quillon', 'Mara Quillon'], 'said', []),
])

doc('en-dev-002', '2026-05-11', """Senator attacks budget plan

May 11, 2026 - Senator Lionel Barraza on Monday called the governor's budget plan "a gift to the few" and promised to vote against it.

Barraza, a member of the finance committee, said the plan cut school funding while protecting tax breaks for large landowners. "This is not a budget, it is a wish list," he told the Valley Courier.

The governor's office rejected the criticism. In a statement, spokeswoman Tessa Lindqvist said the plan "keeps every promise we made to teachers."

Two other senators have not said how they will vote. Senator Ada Pruitt said she was still reading the document and would decide next week.
""", [
 ('a gift to the few', True, ['Lionel Barraza', 'Senator Lionel Barraza'], 'called', []),
 ('the plan cut school funding while protecting tax breaks for large landowners', False, ['Barraza', 'Lionel Barraza'], 'said', []),
 ('This is not a budget, it is a wish list', True, ['Barraza', 'Lionel Barraza', 'he'], 'told', [['Valley Courier', 'the Valley Courier']]),
 ('keeps every promise we made to teachers.', True, ['Tessa Lindqvist', 'spokeswoman Tessa Lindqvist'], 'said', []),
 ('she was still reading the document and would decide next week', False, ['Ada Pruitt', 'Senator Ada Pruitt'], 'said', []),
])

doc('en-dev-003', '2026-07-22', """Flooding forces hundreds from their homes in the Varro valley

July 22, 2026 - Rising water forced more than 400 people from their homes in the Varro valley on Wednesday, regional officials said.

"The river rose faster than any of our models predicted," said Colm Hartigan, head of the regional emergency service. "We moved people out street by street."

Residents described a chaotic night. Nadia Fenwick, 67, said she had woken to find water at the foot of her bed. "I grabbed the dog and my late husband's photographs, nothing else," she said.

The regional weather office warned that more rain was expected over the weekend.

The mayor of Lowmere, Piet Verhaegen, said the town hall would stay open as a shelter. He asked volunteers to bring blankets and dry food.
""", [
 ('Rising water forced more than 400 people from their homes in the Varro valley on Wednesday', False, ['regional officials', 'officials'], 'said', []),
 ('The river rose faster than any of our models predicted', True, ['Colm Hartigan'], 'said', []),
 ('We moved people out street by street.', True, ['Colm Hartigan'], None, []),
 ('she had woken to find water at the foot of her bed', False, ['Nadia Fenwick'], 'said', []),
 ("I grabbed the dog and my late husband's photographs, nothing else", True, ['Nadia Fenwick', 'she'], 'said', []),
 ('more rain was expected over the weekend', False, ['The regional weather office', 'weather office'], 'warned', []),
 ('the town hall would stay open as a shelter', False, ['Piet Verhaegen', 'The mayor of Lowmere'], 'said', []),
])

doc('en-dev-004', '2026-09-02', """Chip maker denies plans to leave Ostrava

September 2, 2026 - The chip maker Halvard Systems denied on Tuesday that it planned to move its main plant out of Ostrava, after a newspaper reported talks with a rival city.

"We are staying, and we are hiring," chief executive Ingrid Solberg told employees in a message seen by the Morning Ledger. The company said it would add 300 jobs next year.

The Ostrava Herald had reported that Halvard executives met officials from another city twice in August. Asked about the meetings, Solberg said they were "routine conversations with every partner we have."

Union leader Tomas Dvorak was not convinced. "We have heard this before," he said. "Words are cheap; contracts are not."
""", [
 ('it planned to move its main plant out of Ostrava', False, ['Halvard Systems', 'The chip maker Halvard Systems'], 'denied', []),
 ('We are staying, and we are hiring', True, ['Ingrid Solberg', 'chief executive Ingrid Solberg'], 'told', []),
 ('it would add 300 jobs next year', False, ['The company', 'Halvard Systems'], 'said', []),
 ('Halvard executives met officials from another city twice in August', False, ['The Ostrava Herald'], 'had reported', []),
 ('routine conversations with every partner we have.', True, ['Solberg', 'Ingrid Solberg'], 'said', []),
 ('We have heard this before', True, ['Tomas Dvorak', 'Union leader Tomas Dvorak'], 'said', []),
 ('Words are cheap; contracts are not.', True, ['Tomas Dvorak', 'Union leader Tomas Dvorak'], None, []),
])

doc('en-dev-005', '2026-10-15', """Court orders new hearing in land dispute

October 15, 2026 - An appeals court on Thursday ordered a new hearing in the long-running dispute over the Brannock farmland, saying the first judge had ignored key evidence.

Lawyers for the Ferreira family welcomed the ruling. "Justice has been slow, but today it arrived," said their attorney, Helen Mbeki.

The county, which wants to build a reservoir on the land, said it respected the decision. A county spokesman, Ross Adeyemi, said officials would "study the ruling carefully" before deciding whether to appeal.

According to court records, the family has farmed the land since 1911.
""", [
 ('the first judge had ignored key evidence', False, ['An appeals court', 'appeals court'], 'saying', []),
 ('Justice has been slow, but today it arrived', True, ['Helen Mbeki', 'their attorney'], 'said', []),
 ('it respected the decision', False, ['The county'], 'said', []),
 ('study the ruling carefully', True, ['Ross Adeyemi', 'A county spokesman'], 'said', []),
 ('the family has farmed the land since 1911', False, ['court records'], 'According to', []),
])

doc('en-dev-006', '2026-11-20', """Festival organisers cancel final night over storm warning

November 20, 2026 - Organisers of the Silverfen music festival cancelled its final night on Friday after forecasters warned of gusts above 100 km/h.

"Safety comes first, even when it breaks our hearts," festival director Owen Castellanos wrote on social media. He said ticket holders would get a full refund within two weeks.

Some fans had already travelled for hours. "I drove six hours for this," said Lena Moravec, a student. "But I get it. Nobody wants a stage falling on them."

The band that was to close the festival, the Copper Lanterns, said in a statement that it hoped to return next year.
""", [
 ('Safety comes first, even when it breaks our hearts', True, ['Owen Castellanos', 'festival director Owen Castellanos'], 'wrote', []),
 ('ticket holders would get a full refund within two weeks', False, ['Owen Castellanos', 'He'], 'said', []),
 ('I drove six hours for this', True, ['Lena Moravec'], 'said', []),
 ('But I get it. Nobody wants a stage falling on them.', True, ['Lena Moravec'], None, []),
 ('it hoped to return next year', False, ['the Copper Lanterns', 'The band'], 'said', []),
])
doc('en-dev-007', '2026-02-09', """Water utility admits delays in lead pipe program

February 9, 2026 - The Dunmore water utility has fallen two years behind on replacing lead service lines, its chief executive acknowledged on Monday.

Speaking at a council hearing, Rafael Ostrowski said the utility had replaced fewer than 3,000 of the 11,000 lines it promised to remove by 2025. He blamed a shortage of licensed plumbers and rising copper prices.

Council member Joanne Whitlock was unimpressed. "Families have been told to wait, and wait, and wait," she said. "Nobody at the utility has explained why other cities manage it."

According to a report by the state health department, lead levels in two Dunmore neighbourhoods exceeded the federal action level last summer.

In a statement released after the hearing, the utility said it would hire 40 additional crews this spring. It also promised to publish a street-by-street timetable on its website.

Ostrowski's remarks drew a sharp response from tenant groups. Their spokesman, Amos Keita, called the new timetable "a promise on top of a broken promise."
""", [
 ('the utility had replaced fewer than 3,000 of the 11,000 lines it promised to remove by 2025', False, ['Rafael Ostrowski', 'its chief executive'], 'said', []),
 ('Families have been told to wait, and wait, and wait', True, ['Joanne Whitlock', 'Council member Joanne Whitlock'], 'said', []),
 ('Nobody at the utility has explained why other cities manage it.', True, ['Joanne Whitlock', 'Council member Joanne Whitlock'], None, []),
 ('lead levels in two Dunmore neighbourhoods exceeded the federal action level last summer', False, ['a report by the state health department', 'the state health department'], 'According to', []),
 ('it would hire 40 additional crews this spring', False, ['the utility', 'the Dunmore water utility'], 'said', []),
 ('a promise on top of a broken promise.', True, ['Amos Keita', 'Their spokesman'], 'called', []),
])

doc('en-dev-008', '2026-06-17', """Governor signs transit bill after months of talks

June 17, 2026 - Governor Helen Marsh signed the regional transit bill into law on Tuesday, ending a standoff that had delayed funding for the Northline tram.

Marsh told a crowd at the Eastgate depot that the law would "finally put buses and trams on the same map." She thanked the lawmakers of both parties who had voted for it.

The opposition leader in the assembly, Curtis Bale, was more cautious. He warned that the bill left the cost of new stations to the towns along the line, and said many of them could not pay.

Marsh's chief of staff, Priya Raman, dismissed that concern. "The towns will get their share, as the law spells out in section four," Raman said.

Asked whether fares would rise, the governor replied that no increase was planned before 2028.

The bill passed the assembly in May by 51 votes to 44, the assembly clerk's office said.
""", [
 ('finally put buses and trams on the same map.', True, ['Helen Marsh', 'Governor Helen Marsh', 'Marsh'], 'told', []),
 ('the bill left the cost of new stations to the towns along the line', False, ['Curtis Bale', 'He'], 'warned', []),
 ('many of them could not pay', False, ['Curtis Bale', 'He'], 'said', []),
 ('The towns will get their share, as the law spells out in section four', True, ['Priya Raman', 'Raman'], 'said', []),
 ('no increase was planned before 2028', False, ['the governor', 'Helen Marsh', 'Marsh'], 'replied', []),
 ('The bill passed the assembly in May by 51 votes to 44', False, ["the assembly clerk's office"], 'said', []),
])

doc('en-dev-009', '2026-09-30', """Museum returns carved panels to village of origin

September 30, 2026 - The Calder Museum handed back three carved wooden panels to the village of Ostrava Nova on Wednesday, more than a century after they were taken.

The museum's director, Ingrid Solberg, said the panels had been bought in 1907 from a dealer who had no right to sell them. "We have known this for a long time. We should have acted sooner," she said at the ceremony.

Village elder Tomasz Wierzba thanked the museum. The panels, he said, would hang again in the old meeting house, which volunteers have spent two years restoring.

Not everyone agreed with the decision. A former trustee, Gordon Pyle, wrote in a letter to the museum's board that the return set "a dangerous precedent" for other collections.

The panels will be shown to the public from October, village officials said. A catalogue of the collection, Carved Memory, will be published in the spring.
""", [
 ('the panels had been bought in 1907 from a dealer who had no right to sell them', False, ['Ingrid Solberg', "The museum's director"], 'said', []),
 ('We have known this for a long time. We should have acted sooner', True, ['Ingrid Solberg', "The museum's director", 'she'], 'said', []),
 ('would hang again in the old meeting house, which volunteers have spent two years restoring', False, ['Tomasz Wierzba', 'Village elder Tomasz Wierzba', 'he'], 'said', []),
 ('a dangerous precedent', True, ['Gordon Pyle', 'A former trustee'], 'wrote', []),
 ('The panels will be shown to the public from October', False, ['village officials'], 'said', []),
])

for id, published, text, quotes in docs:
    gq = []
    for content, direct, speaker, cue, via in quotes:
        s = text.index(content)
        assert text.count(content) == 1, content
        q = {'content': {'start': s, 'end': s + len(content), 'text': content}, 'direct': direct, 'speaker': speaker}
        if cue:
            # the cue nearest the content
            cands = [i for i in range(len(text)) if text.startswith(cue, i)]
            c = min(cands, key=lambda i: abs(i - s))
            q['cue'] = {'start': c, 'end': c + len(cue), 'text': cue}
        else:
            q['cue'] = None
        q['via'] = via
        gq.append(q)
    open(os.path.join(out, id + '.txt'), 'w').write(text)
    json.dump({'format': 'depeche-gold/1', 'doc': id, 'lang': 'en', 'published': published, 'quotes': gq, 'events': []},
              open(os.path.join(out, id + '.gold.json'), 'w'), ensure_ascii=False, indent=1)
print(len(docs), sum(len(d[3]) for d in docs))
