package org.warta.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.extract.date.DateFinder;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Entity;
import org.warta.model.Quote;
import org.warta.model.testing.RandomText;

class QuoteFinderTest {
    private static final EntityFinder ENTITIES = new EntityFinder();
    private static final QuoteFinder QUOTES = new QuoteFinder();
    private static final DateFinder DATES = new DateFinder();

    static List<Quote> quotes(String text, String language) {
        Document doc = Segmenter.standard().segment(text, language, LocalDate.of(2020, 9, 30));
        List<Entity> entities = ENTITIES.find(doc).value();
        return QUOTES.find(doc, entities, DATES.find(doc).value()).value();
    }

    // Words quoted as the object of a verb of judgement are its subject's ('Garba dismissed the claims as "..."'),
    // when no cue attributes them; a quotation in the sentence before is not reached.
    @Test
    void givesAQuotationAfterAVerbOfJudgementToItsSubject() {
        List<Quote> found = quotes("The junta spokesman, Col. Ibrahim Moussa Garba, said 12 soldiers died. The group "
                + "claimed it had killed 37. Garba dismissed the group's claims as \"pure lies from terrorist hordes who "
                + "live on propaganda.\" He did not respond to questions.", "en");
        assertThat(found).filteredOn(q -> q.text().startsWith("pure lies")).singleElement()
                .extracting(Quote::speakerText).isEqualTo("Ibrahim Moussa Garba");
        assertThat(quotes("\"We will answer at a time and place of our choosing,\" an official said. Ibrahim Garba "
                + "dismissed the claims.", "en")).extracting(Quote::speakerText).doesNotContain("Ibrahim Garba");
        // two words are enough after such a verb; one stays a word in quote marks
        assertThat(quotes("Lebanon's foreign ministry called the strikes \"a flagrant violation\" of its sovereignty. "
                + "The army called them \"terrorists\".", "en")).extracting(Quote::text)
                .containsExactly("a flagrant violation");
    }

    // A negated reporting verb reports no speech.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kementerian Pertahanan India tidak menanggapi klaim soal jet tempur yang ditembak jatuh.|id",
        "The Pentagon did not say how many soldiers were wounded.|en"})
    void readsNoSpeechAfterANegatedReportingVerb(String text, String language) {
        assertThat(quotes(text, language)).isEmpty();
    }

    // Indonesian news writes the day between the speaker and the verb, as a rule.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Juru bicara Kemenhan Igor Konashenkov pada Senin (10/6) mengatakan bahwa 300 tentara tewas.|Igor Konashenkov",
        "Menteri Pertahanan Israel Katz, Selasa (11/6), menegaskan militer telah menghancurkan peluncur roket."
            + "|Israel Katz",
        "Pasukan Dukungan Cepat (RSF) Sudan pada Senin (10/6) mengklaim telah merebut pangkalan itu.|Rapid Support Forces"})
    void findsTheSpeakerOfReportedSpeechPastTheDay(String text, String speaker) {
        List<Quote> found = quotes(text, "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo(speaker);
        assertThat(found.get(0).direct()).isFalse();
    }

    // A name inside a relative clause on the subject is not the speaker: the clause's head is.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kementerian Kesehatan Gaza yang dikelola Hamas itu menyebut 30 orang terluka.|Gaza Health Ministry",
        "Menkokesra Agung Laksono yang berasal dari Partai Golkar menegaskan semua menteri akan mundur.|Agung Laksono",
        "Wakil Ketua Komisi II DPR yang Ida Fauziah mengakui belum ada kesepakatan.|Ida Fauziah"})
    void takesTheHeadOfARelativeClauseAsTheSpeaker(String text, String speaker) {
        List<Quote> found = quotes(text, "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo(speaker);
    }

    // The means a speaker spoke through stands between speaker and verb ('melalui kanal Telegram-nya mengklaim'); a
    // name with the clitic '-nya' is a thing someone owns, not the speaker.
    @Test
    void findsTheSpeakerPastTheChannelTheySpokeThrough() {
        List<Quote> found = quotes("Adapun Brigade Al-Qassam, sayap bersenjata Hamas, melalui kanal Telegram-nya "
                + "mengklaim para pejuangnya menghancurkan dua tank Merkava.", "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo("Qassam Brigades");
    }

    // 'kata seorang petugas kepada kantor berita Reuters': the agency was told; the speaker is the officer, unnamed.
    @Test
    void readsNoSpeakerInWhomTheSpeechWasToldTo() {
        List<Quote> found = quotes("Sedikitnya 27 orang tewas di pasar itu, kata seorang petugas penyelamat kepada "
                + "kantor berita Reuters.", "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo("petugas penyelamat");
    }

    // A speaker named before where they work and an aside is the speaker, not the place or the organisation where they
    // work ('A doctor at the district hospital in Kalat, who asked not to be named, said'; twenty-fourth session).
    @Test
    void readsTheSpeakerBeforeWhereTheyWork() {
        List<Quote> found = quotes("A doctor at the district hospital in Kalat, who asked not to be named, said 12 "
                + "people had died. A doctor at Beledweyne General Hospital, who asked not to be named, said 11 had died.",
                "en");
        assertThat(found).extracting(Quote::speakerText).containsExactly("doctor at the district hospital in Kalat",
                "doctor at Beledweyne General Hospital");
    }

    // Rule source: reporting patterns of Indonesian and English newswire (cue after or before the quotation).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Harga beras harus turun,\" kata Sutrisno Wibowo.|Harga beras harus turun|Sutrisno Wibowo|kata",
        "\u201CHarga beras harus turun,\u201D ujar Sutrisno Wibowo di Jakarta.|Harga beras harus turun|Sutrisno Wibowo|ujar",
        "Sutrisno Wibowo mengatakan, \"Harga beras harus turun.\"|Harga beras harus turun.|Sutrisno Wibowo|mengatakan",
        "\"Prices must fall,\" John Carver said.|Prices must fall|John Carver|said",
        "\"Prices must fall,\" said John Carver.|Prices must fall|John Carver|said",
        "John Carver said: \"Prices must fall.\"|Prices must fall.|John Carver|said",
        "\"Prices must fall,\" trade ministry spokesman John Carver told reporters.|Prices must fall|John Carver|told"})
    void attributesDirectQuoteToTheNamedSpeaker(String text, String quoted, String speaker, String cue) {
        List<Quote> found = quotes(text, text.contains("Prices") ? "en" : "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(quoted);
        assertThat(found.get(0).speakerText()).isEqualTo(speaker);
        assertThat(found.get(0).cue()).isEqualTo(cue);
        assertThat(found.get(0).direct()).isTrue();
    }

    @Test
    void keepsFollowOnCueSpeakerAcrossParagraphs() {
        List<Quote> found = quotes("\"Kami menolak rencana itu,\" kata Sutrisno Wibowo, Ketua Umum Serikat Tani.\n"
                + "\"Rencana itu merugikan petani. Kami akan melawan,\" sambungnya. Budi Hartono juga hadir.", "id");
        assertThat(found).extracting(Quote::text).containsExactly("Kami menolak rencana itu",
                "Rencana itu merugikan petani. Kami akan melawan");
        assertThat(found).extracting(Quote::speakerText).containsOnly("Sutrisno Wibowo");
        assertThat(found.get(1).cue()).isEqualTo("sambungnya");
    }

    @Test
    void givesBothPartsOfASplitQuoteTheirSpeaker() {
        List<Quote> found = quotes("\"We will not retreat,\" said Maria Lopez, \"and we will not be silent.\"", "en");
        assertThat(found).extracting(Quote::text).containsExactly("We will not retreat",
                "and we will not be silent.");
        assertThat(found).extracting(Quote::speakerText).containsOnly("Maria Lopez");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Menurut Sutrisno Wibowo, harga beras akan turun bulan depan.|harga beras akan turun bulan depan|Menurut",
        "Sutrisno Wibowo mengatakan bahwa harga beras akan turun.|harga beras akan turun|mengatakan",
        "John Carver said that prices would fall next month.|prices would fall next month|said",
        "John Carver told reporters on Monday that prices would fall.|prices would fall|told",
        "John Carver said prices would fall, according to Reuters.|prices would fall|said"})
    void findsReportedSpeechAsIndirect(String text, String quoted, String cue) {
        List<Quote> found = quotes(text, text.startsWith("John") ? "en" : "id");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).isEqualTo(quoted);
        assertThat(found.get(0).direct()).isFalse();
        assertThat(found.get(0).cue()).isEqualTo(cue);
        assertThat(found.get(0).speaker()).isNotNull();
    }

    @Test
    void skipsAWordInScareQuotes() {
        assertThat(quotes("Tentara itu mengaku telah \"menghabisi\" lawan.", "id")).isEmpty();
    }

    // Scare quotes inside reported speech neither hide the speech nor make a quote of their own.
    @Test
    void readsReportedSpeechAroundScareQuotes() {
        List<Quote> found = quotes("Sutrisno Wibowo mengatakan pemerintah akan \"menindak tegas\" para penimbun beras.",
                "id");
        assertThat(found).extracting(Quote::text, Quote::speakerText, Quote::direct)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "pemerintah akan \"menindak tegas\" para penimbun beras", "Sutrisno Wibowo", false));
    }

    // Wire copy quotes a phrase of the statement it reports: the phrase is the reported speaker's.
    @Test
    void givesWordsQuotedInsideReportedSpeechTheirSpeaker() {
        List<Quote> found = quotes("Yahya Saree said the group had fired \"a number of naval missiles\" at the"
                + " destroyer.", "en");
        assertThat(found).extracting(Quote::text, Quote::speakerText, Quote::direct).containsExactly(
                org.assertj.core.groups.Tuple.tuple("the group had fired \"a number of naval missiles\" at the destroyer",
                        "Yahya Saree", false),
                org.assertj.core.groups.Tuple.tuple("a number of naval missiles", "Yahya Saree", true));
    }

    // A quotation that a comma or colon introduces is direct speech, and what comes before it no speech of its own.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kurt Volker told the BBC interviewer: \"I took the call because this was serious.\"",
        "Kurt Volker said in a statement, \"I took the call because this was serious.\""})
    void readsNoReportedSpeechBeforeAnIntroducedQuotation(String text) {
        assertThat(quotes(text, "en")).extracting(Quote::direct).containsOnly(true);
    }

    // Reported speech that ends on a quotation keeps it whole, closing mark included.
    @Test
    void keepsAQuotationThatEndsReportedSpeechWhole() {
        assertThat(quotes("Kurt Volker said the idea \"is actually not so crazy.\"", "en")).filteredOn(q -> !q.direct())
                .extracting(Quote::text).containsExactly("the idea \"is actually not so crazy.\"");
    }

    // Antara writes where the speaker spoke between the name and the verb: the place is not the speaker.
    @Test
    void readsPastThePlaceWhereTheSpeakerSpoke() {
        List<Quote> found = quotes("Kepala Operasi Damai Cartenz Brigjen Pol. Hendra Wiratmaja di Jayapura, Rabu, "
                + "mengatakan kontak tembak terjadi sekitar pukul 06.30 WIT.", "id");
        assertThat(found).extracting(Quote::speakerText).containsExactly("Hendra Wiratmaja");
    }

    // A long title, commas and all, stands between the cue and the person it names.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Tim SAR menemukan delapan jenazah lagi hari ini,\" kata Kepala Pusat Data, Informasi, dan Komunikasi "
            + "Kebencanaan BNPB Rahmadi Siregar dalam konferensi pers.|Rahmadi Siregar",
        "\"Kami menangkap tujuh orang tersangka pada Rabu,\" kata Juru Bicara Densus 88 Antiteror Polri Kombes Rahmat "
            + "Syafii kepada wartawan.|Rahmat Syafii"})
    void findsThePersonALongTitleNames(String text, String speaker) {
        assertThat(quotes(text, "id")).extracting(Quote::speakerText).containsExactly(speaker);
    }

    // The one told is not the one speaking.
    @Test
    void takesNoSpeakerFromWhoWasTold() {
        assertThat(quotes("An Isfahan resident, who asked not to be named, told Reuters by phone that he heard five "
                + "explosions.", "en")).extracting(Quote::speakerText).doesNotContain("Reuters");
    }

    // 'it said' is the organisation that spoke last before it ('According to a statement issued by the ISPR, ...'),
    // or that opens the sentence before it and cites no one else there ('The RSF gave a different account.'); not
    // the subject of a sentence that cites another source ('Security forces ..., according to the ... Commission').
    @Test
    void takesTheOrganisationThatSpokeForIt() {
        List<Quote> found = quotes("The RSF gave a different account. In a statement on Telegram, it said its drones "
                + "had hit the air base. Security forces have shot dead 47 people, according to the National Human Rights Commission. "
                + "\"The toll is rising,\" it said.", "en");
        assertThat(found).extracting(Quote::speakerText).containsExactly("Rapid Support Forces",
                "National Human Rights Commission", "National Human Rights Commission");
        // and so is 'the statement' that speaks
        List<Quote> statement = quotes("The US military's Africa Command (AFRICOM) said it carried out a strike on "
                + "Monday. \"The command's initial assessment is that no civilians were injured,\" the statement said.",
                "en");
        assertThat(statement).filteredOn(Quote::direct).singleElement().extracting(Quote::speaker)
                .isNotNull().isEqualTo(statement.get(0).speaker());
    }

    // Wire copy puts the speaker's post between the name and the verb: '"...," NAME, POST, told AFP'.
    @Test
    void findsTheSpeakerPastAnAppositiveBeforeTheVerb() {
        List<Quote> found = quotes("\"Our forces repelled an enemy attempt to advance,\" Captain Didier Kalonda, army "
                + "spokesman in South Kivu, told AFP. \"It was the FARDC coalition who attacked our positions,\" "
                + "AFC/M23 spokesman Lawrence Kanyuka wrote on X.", "en");
        assertThat(found).extracting(Quote::speakerText).containsExactly("Didier Kalonda", "Lawrence Kanyuka");
    }

    // From a seventh blind set (Bangkok Post): '..., said NAME, POST.' puts the speaker after the verb even when a
    // place ends the speech before the comma ('... in Moo 5 of tambon Bukit Sapo, said Pol Col X, superintendent
    // of ...'); the place is no subject. An appositive subject keeps the verb's speech after it.
    @Test
    void readsTheSpeakerAfterACommaAndTheVerb() {
        List<Quote> found = quotes("The bomb went off as a pickup truck passed Ban Kuwa in Moo 5 of tambon Bukit "
                + "Sapo, said Pol Col Anuchit Wongsa, superintendent of Rangae police station.", "en");
        assertThat(found).extracting(Quote::speakerText).containsExactly("Anuchit Wongsa");
        assertThat(found.get(0).text()).startsWith("The bomb went off").endsWith("Bukit Sapo");
        List<Quote> subject = quotes("Its spokesman, Yonas Magai, said only four of the dead were TPNPB fighters.",
                "en");
        assertThat(subject).extracting(Quote::text).containsExactly("only four of the dead were TPNPB fighters");
    }

    // A reporting verb followed by nothing but a date reports no speech after it: what it reports is before it.
    @Test
    void readsNoSpeechInADateAlone() {
        assertThat(quotes("Russia has lost 1,126 tanks since February, Yahya Saree reported on Oct. 16.", "en"))
                .extracting(Quote::text).containsExactly("Russia has lost 1,126 tanks since February");
    }

    // Wire copy closes a sentence with its source and a day: '..., the Interior Ministry said on Sunday.' The words
    // before are the speech; the article before the source is no part of it.
    @Test
    void readsTheSpeechBeforeASourceThatClosesTheSentence() {
        List<Quote> found = quotes("Five people were killed in the attack on the market, the Interior Ministry said "
                + "on Sunday.", "en");
        assertThat(found).extracting(Quote::speakerText).containsExactly("Interior Ministry");
        assertThat(found.get(0).text()).isEqualTo("Five people were killed in the attack on the market");
    }

    // Indonesian writes the post first and the person after a comma ('kata juru bicara ..., NAME,'), the unit's
    // name in the post ('Komandan Divisi Infanteri ke-4, Mayor Jenderal NAME'); a speaker may be described by a
    // lower-case appositive between the name and the verb ('X (41), warga Desa Hila, mengaku'), or named before
    // and described after the cue ('tutur pria berusia 58 tahun itu').
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"Ini pukulan telak bagi gerilyawan,\" kata Komandan Divisi Infanteri ke-4, Mayor Jenderal Ronaldo Dizon, "
            + "dalam pernyataan pada Minggu.|Ronaldo Dizon",
        "\"Ketujuh korban adalah petani,\" kata juru bicara komando regional NPA Mindanao Utara-Tengah, Ka Ariel "
            + "Montalban, seperti dilansir Reuters.|Ka Ariel Montalban",
        "\"Seluruh prajurit dalam kondisi aman,\" ujar Komandan Satgas Indobatt Konga XXIII-S/UNIFIL, Kolonel Inf "
            + "Rizal Harahap, saat dihubungi.|Rizal Harahap",
        "Salah satu korban selamat, Rahman Tuasikal (41), warga Desa Hila, mengaku sempat terapung selama tiga "
            + "jam.|Rahman Tuasikal",
        "Kantor Pencarian dan Pertolongan (Basarnas) Ambon menyebutkan enam orang meninggal dunia.|Basarnas",
        "Kepala desa itu, Edgardo Lumbay, mendengar tembakan. \"Saya mengenali empat jenazah itu,\" tutur pria "
            + "berusia 58 tahun itu kepada radio lokal.|Edgardo Lumbay",
        "\"Persediaan beras di kamp-kamp pengungsian menipis,\" demikian pernyataan OCHA.|UN Office for the Coordination of Humanitarian Affairs",
        "\"Kami akan terus berjuang,\" begitu kata Sebby Sambom.|Sebby Sambom"})
    void findsTheSpeakerNamedAfterAPostOrDescribed(String text, String speaker) {
        assertThat(quotes(text, "id")).extracting(Quote::speakerText).containsOnly(speaker);
    }

    // After the quotation, a post that an article or a possessive opens, a comma and the name, then the verb: that
    // person speaks ('"...," a member of the network, Omer Siddig, told Al Jazeera'); a clause that goes on with what
    // was said is no post ('..., three of them in serious condition, Tkachuk said').
    @Test
    void findsTheSpeakerNamedAfterAPostAfterTheQuotation() {
        assertThat(quotes("\"We counted the graves ourselves,\" a member of the network, Omer Siddig, told Al Jazeera. "
                + "\"Those killed were involved in terrorist activity,\" an army spokesperson, Lieutenant Colonel Nadav "
                + "Shalem, told reporters.", "en")).extracting(Quote::speakerText)
                .containsExactly("Omer Siddig", "Nadav Shalem");
    }

    // A post with a possessive before the comma ('said the agency's director, Colonel X,') names its holder too.
    @Test
    void findsTheSpeakerAfterAPossessivePost() {
        assertThat(quotes("\"The figure is 31 and it is final,\" said the agency's director, Colonel Marcelo Andrade "
                + "Velez, at a press conference.", "en")).extracting(Quote::speakerText)
                .containsExactly("Marcelo Andrade Velez");
    }

    // A rank and a first name may stand before the subject that a lower-case appositive describes ('Letnan Kolonel
    // Oleh X, juru bicara ..., mengakui'); an office without an organisation's word is still an office when a name of
    // its own follows it between commas ('Kepala Administrasi Militer Regional Donetsk, Ihor Kovalchuk, mengatakan').
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Letnan Kolonel Oleh Vasylenko, juru bicara pasukan Ukraina di arah Pokrovsk, mengakui situasi di kota itu "
            + "memburuk.|Vasylenko",
        "Kepala Administrasi Militer Regional Donetsk, Ihor Kovalchuk, mengatakan serangan itu menewaskan tiga "
            + "warga.|Ihor Kovalchuk"})
    void findsTheSpeakerPastARankOrAnOffice(String text, String speaker) {
        assertThat(quotes(text, "id")).extracting(Quote::speakerText).containsOnly(speaker);
    }

    // '..., said X, head of ...': a description of the speaker after the name ends the sentence; other words there
    // go on with what was said ('..., lanjut Sanchez, dapat digunakan ...') and make no speech of the first half.
    @Test
    void readsTheSpeechBeforeASpeakerDescribedAtTheEnd() {
        assertThat(quotes("A drone strike on the town of Balakliia injured five people, said Yurii Marchenko, head "
                + "of the town's military administration.", "en")).extracting(Quote::speakerText, Quote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Yurii Marchenko",
                        "A drone strike on the town of Balakliia injured five people"));
        assertThat(quotes("Atlas terbuka itu, lanjut Sanchez, dapat digunakan untuk menilai kondisi ekonomi.", "id"))
                .isEmpty();
    }

    // 'told' takes who was told before 'that': what was said starts after it; after other verbs a 'that' further
    // on opens a relative clause.
    @Test
    void startsTheSpeechAfterThatPastWhoWasTold() {
        assertThat(quotes("Emirates President Tim Clark told reporters at a press conference that the airline will "
                + "resume its expansion.", "en")).extracting(Quote::text)
                .containsExactly("the airline will resume its expansion");
    }

    // 'X said on Tuesday, while Y said ...': what X said is the clause before X, not the day and Y's clause.
    @Test
    void readsTheSpeechBeforeASourceFollowedByAnothersClause() {
        assertThat(quotes("Somali forces killed more than 70 militants in Lower Shabelle, Somalia's army said on "
                + "Tuesday, while the Islamist group said it had killed 15 soldiers.", "en")).extracting(Quote::text)
                .contains("Somali forces killed more than 70 militants in Lower Shabelle")
                .noneMatch(t -> t.startsWith("on Tuesday"));
    }

    // A quotation the cue introduces stays direct speech only.
    @Test
    void readsNoReportedSpeechWhenTheCueIntroducesTheQuote() {
        assertThat(quotes("Yahya Saree said \"the group had fired a number of naval missiles\" at dawn.", "en"))
                .extracting(Quote::direct).containsOnly(true);
    }

    @Test
    void survivesGarbageWithSpansInsideTheText() {
        String alphabet = "aAbBkK \"“”,.:()-\nkata ujarnya said Sutrisno";
        for (String text : RandomText.samples(7, alphabet, 150, 200)) {
            for (Quote q : quotes(text, "id")) {
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            }
        }
    }

    // English reported speech from a fifth blind set (AP on Yemen): a subject with a rank of abbreviations and an
    // appositive holding a possessive; a name right after 'said' opens the clause said, not a 'that' further on;
    // '..., said X' only when few words follow X; the place beside 'in the capital' is where the speaker sits.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Brig. Gen. Saleh al-Qatabi, a spokesman for the government's armed forces, said the Houthis attacked "
            + "government positions late Saturday.|the Houthis attacked government positions late Saturday"
            + "|Saleh al-Qatabi",
        "Marco Villa, the company's chief operating officer, said Tyvak would leverage that experience in its "
            + "landers.|Tyvak would leverage that experience in its landers|Marco Villa",
        "The Houthi-run Health Ministry in the capital, Sanaa, said an airstrike near Sirwah killed six civilians."
            + "|an airstrike near Sirwah killed six civilians|Houthi Health Ministry"})
    void readsEnglishReportedSpeechAfterARankedOrDescribedSubject(String text, String said, String speaker) {
        assertThat(quotes(text, "en")).extracting(Quote::text, Quote::speakerText)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(said, speaker));
    }

    // Words in quotation marks that end their sentence inside it ('had been "neutralized."') are no speech of the
    // subject of the next sentence.
    @Test
    void givesAQuotedWordEndingItsSentenceNoSpeakerFromTheNext() {
        assertThat(quotes("Kyiv said that 86 of the drones had been \"neutralized.\" The Russian Defense Ministry said "
                + "on Thursday its forces had carried out a strike.", "en"))
                .extracting(Quote::text).doesNotContain("neutralized.");
    }

    // From a fifteenth-session blind set (Antara on Banjarnegara) and the goldens: the occasion of a statement and
    // the place it was given stand between the speaker and the verb ('dalam keterangan tertulis di Jakarta'); the
    // capital is no speaker. An occasion word before a name ('saat Presiden X mengatakan') is no occasion, and an
    // acronym in brackets after a description names who speaks.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kepala BNPB Fajar Wicaksana Putra dalam keterangan tertulis di Jakarta, Jumat, menyebutkan 23 rumah rusak."
            + "|Fajar Wicaksana Putra",
        "Kapolres Ambon Budi Santoso saat dihubungi di Ambon, Senin, mengatakan dua warga tewas.|Budi Santoso",
        "Kementerian Kesehatan Lebanon dalam pernyataannya menyebut sembilan orang tewas.|Ministry of Health of Lebanon",
        "Iran memamerkan rudal baru, Minggu (24/8), saat Presiden Hassan Rouhani mengatakan doktrin militernya "
            + "defensif.|Hassan Rouhani",
        "Misi penjaga perdamaian PBB di Kongo (MONUSCO) dalam pernyataan tertulis menyebut pasukannya mengevakuasi 38 "
            + "korban luka.|MONUSCO"})
    void findsTheSpeakerPastTheOccasionAndThePlaceOfAStatement(String text, String speaker) {
        List<Quote> found = quotes(text, "id");
        assertThat(found).extracting(Quote::speakerText).containsExactly(speaker);
    }

    // A reporting verb's complement may stand between it and the quotation it introduces, after a comma, a colon or
    // 'that' (quote/cues.tsv, complement); a quotation inside a 'that' clause, after other words, is no such speech.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Volodymyr Zelensky told reporters: \"We will not give up our land.\"|en|Volodymyr Zelensky",
        "Volodymyr Zelensky said in a statement: \"We will not give up our land.\"|en|Volodymyr Zelensky",
        "Volodymyr Zelensky told reporters in Kyiv that \"we will not give up our land.\"|en|Volodymyr Zelensky",
        "Joko Widodo mengatakan kepada wartawan, \"Kami tidak akan mundur.\"|id|Joko Widodo",
        "Joko Widodo menulis di akun Instagram-nya, \"Kami tidak akan mundur.\"|id|Joko Widodo"})
    void findsTheSpeakerPastTheVerbsComplement(String text, String language, String speaker) {
        List<Quote> found = quotes(text, language);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speakerText()).isEqualTo(speaker);
        assertThat(found.get(0).direct()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The Israeli army said in a statement that its troops \"eliminated\" two gunmen.|eliminated",
        "The Israeli army said in a statement that its troops, \"acting in self-defence,\" killed two gunmen.|acting in self-defence"})
    void readsNoSpeechFromAQuotedWordInsideAThatClause(String text, String quoted) {
        assertThat(quotes(text, "en")).extracting(Quote::text).doesNotContain(quoted);
    }
}
