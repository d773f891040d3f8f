package org.warta.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private CleanArticle clean(String text) {
        return cleaner.clean(text, null).value();
    }

    @Test
    void dropsARepeatedHeadlineEvenWithALeadingNoBreakSpace() {
        CleanArticle a = clean("Judul Berita Hari Ini\n\n\u00A0Judul Berita Hari Ini\n\nIsi berita pertama.\n\nIsi kedua.");
        assertThat(a.title()).isEqualTo("Judul Berita Hari Ini");
        assertThat(a.text()).isEqualTo("Isi berita pertama.\n\nIsi kedua.");
    }

    @Test
    void takesAShortFirstLineAsTheHeadline() {
        CleanArticle a = clean("Aid convoy reaches town\n\nA convoy of trucks reached the town on Monday.");
        assertThat(a.title()).isEqualTo("Aid convoy reaches town");
        assertThat(a.text()).startsWith("A convoy");
    }

    // From an eighth blind set (Hindustan Times): a scrape that opens with the breadcrumb whose last crumb is the story
    // ('News / India News / 12 Maoists ...'): the headline under it is the title; share links are furniture.
    @Test
    void takesTheHeadlineUnderABreadcrumbThatEndsWithIt() {
        CleanArticle a = clean("News / India News / 12 Maoists killed in Bijapur encounter\n\n12 Maoists killed in "
                + "Bijapur encounter\n\nShare Via\n\nRaipur: Twelve suspected Maoists were killed on Monday.");
        assertThat(a.title()).isEqualTo("12 Maoists killed in Bijapur encounter");
        assertThat(a.text()).startsWith("Raipur: Twelve suspected Maoists");
    }

    @Test
    void leavesAFirstLineThatIsASentenceInTheBody() {
        CleanArticle a = clean("Sidang pun akhirnya tetap dilanjutkan.\n\nHakim menolak keberatan itu.");
        assertThat(a.title()).isNull();
        assertThat(a.text()).startsWith("Sidang pun");
    }

    // Dateline forms: blog template (the seed), Kompas, Reuters/AP wire style, Antara, Liputan6, all-caps place.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "IMPIANNEWS.COM (Azerbaijan).                         |Azerbaijan|impiannews.com|",
        "JAKARTA, KOMPAS.com - Presiden meresmikan jembatan.  |Jakarta   |kompas.com    |Presiden meresmikan jembatan.",
        "WASHINGTON (Reuters) - The Senate voted on Tuesday.  |Washington|              |The Senate voted on Tuesday.",
        "Jakarta (ANTARA) - Pemerintah menaikkan harga.       |Jakarta   |              |Pemerintah menaikkan harga.",
        "Liputan6.com, Jakarta - Polisi menangkap dua orang.  |Jakarta   |liputan6.com  |Polisi menangkap dua orang.",
        "NEW YORK - Stocks fell sharply on Monday.            |New York  |              |Stocks fell sharply on Monday.",
        "Jakarta, CNN Indonesia -- Harga cabai naik.          |Jakarta   |              |Harga cabai naik.",
        "DEIR AL-BALAH, Gaza Strip (AP) \u2014 Strikes went on.   |Deir Al-Balah|            |Strikes went on.",
        "Islamabad - Militer Pakistan mengklaim.              |Islamabad |              |Militer Pakistan mengklaim.",
        "TEMPO.CO, Jakarta - Polisi menangkap dua orang.      |Jakarta   |tempo.co      |Polisi menangkap dua orang.",
        "JERUSALEM/DUBAI, Nov 3 (Reuters) - Israel struck.    |Jerusalem/Dubai|         |Israel struck.",
        "SRINAGAR: The Army on Saturday said its troops fired. |Srinagar |              |The Army on Saturday",
        "UPDATE: The Army on Saturday said its troops fired.   |          |              |UPDATE: The Army",
        "TRIBUNNEWS.COM - Perang memasuki hari ke-1.203.       |          |tribunnews.com|Perang memasuki",
    })
    void readsTheDateline(String line, String place, String site, String body) {
        CleanArticle a = clean("Sebuah Judul\n\n" + line + "\n\nParagraf berikutnya.");
        assertThat(a.dateline()).isEqualTo(place);
        assertThat(a.site()).isEqualTo(site);
        assertThat(a.text()).startsWith(body == null ? "Paragraf berikutnya." : body);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Baca juga: Harga Cabai Naik Lagi",
        "BACA JUGA: Harga Cabai Naik Lagi",
        "Share this",
        "Advertisement",
        "SCROLL TO CONTINUE WITH CONTENT",
        "***",
        "Penulis: Rina Kusuma",
        "Editor: Bambang",
        "By Maria Lopez",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Foto: Antara/Adi",
        "By Yael Shapiro and Reza Karimi",
        "Farhan Hidayatullah - detikNews",
        "Simak Video \"Video: Densus 88 Geledah Rumah di Bekasi\"",
        "[Gambas:Video 20detik]",
        "Pilihan Editor: Musim Hujan Datang Lebih Awal",
        "Tentara berjaga di dekat perbatasan di Provinsi Surin. (AFP/STR)",
        "Facebook  X  WhatsApp  Email",
        "zoom-in",
        // English page furniture of the golden pages (twenty-third session)
        "Join ST's WhatsApp Channel and get the latest news and must-reads.",
        "Facebook Twitter Copy URL",
        "RELATED STORIES",
        "Read Next: Myanmar's military-run election enters final phase amid boycott calls",
        "Copyright 2026 The Associated Press. All Rights Reserved.",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Support Independent Journalism. The Irrawaddy relies on readers like you. Donate now.",
        "TEXT AD: Call Willie - +2348090004417",
        "Sumber gambar, Getty Images",
        "'Security personnel at the site of the IED blast on Saturday. | Photo Credit: Special Arrangement'",
    })
    void dropsFurnitureLines(String furniture) {
        CleanArticle a = clean("Judul\n\nParagraf satu.\n\n" + furniture + "\n\nParagraf dua.");
        assertThat(a.text()).isEqualTo("Paragraf satu.\n\nParagraf dua.");
    }

    // A page copied as text opens with the outlet's name, its menu, a breadcrumb or a section above the headline.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Liputan6.com\nHome  News  Bisnis  Showbiz  Bola  Tekno  Health  Regional  Cek Fakta\nRegional > Papua",
        "VOA Indonesia\nBeranda | Indonesia | Amerika Serikat | Dunia | Ekonomi | Video | Radio\n\nDunia",
        "The Jakarta Post\nIndonesia | Business | Opinion | World | Culture | Asia\nIndonesia > Politics",
        "Anadolu Ajans\u0131\nWORLD, ASIA - PACIFIC"})
    void takesTheHeadlineBelowTheOutletsNameAndMenus(String head) {
        CleanArticle a = clean(head.replace("\\n", "\n") + "\n\nBaku tembak pecah di Puncak, tiga orang tewas\n\n"
                + "Kontak tembak pecah di Distrik Gome pada Selasa pagi.");
        assertThat(a.title()).isEqualTo("Baku tembak pecah di Puncak, tiga orang tewas");
        assertThat(a.text()).isEqualTo("Kontak tembak pecah di Distrik Gome pada Selasa pagi.");
    }

    // An outlet's tagline between its name and its menu goes with them.
    @Test
    void dropsTheOutletsTaglineAboveItsMenu() {
        CleanArticle a = clean("Ukrinform\nMultimedia platform for foreign broadcasting of Ukraine\nWar  Politics  "
                + "Economy  Society  Regions  Culture  Sports  World\n\nAir defense downs 96 drones\n\nUkraine's air "
                + "defense shot down 96 drones overnight.");
        assertThat(a.title()).isEqualTo("Air defense downs 96 drones");
    }

    // A headline that names its source before a colon is no dateline; a story's paragraph so opened is.
    @Test
    void readsNoDatelineInAHeadlinesSource() {
        CleanArticle a = clean("BNPB: Korban banjir bertambah jadi 19 orang\n\nJakarta (ANTARA) - BNPB mencatat 19 "
                + "orang meninggal.");
        assertThat(a.title()).isEqualTo("BNPB: Korban banjir bertambah jadi 19 orang");
        assertThat(a.dateline()).isEqualTo("Jakarta");
    }

    // Rows of a table of figures are text, however short and many: no menu.
    @Test
    void keepsTheRowsOfATableOfFigures() {
        CleanArticle a = clean("Judul\n\nBerikut rincian kerugian Rusia:\n\n- Personel: 998.470 (+1.080)\n\n"
                + "- Tank: 10.925 (+5)\n\n- Pesawat: 416\n\n- Helikopter: 337\n\nAngka itu belum diverifikasi.");
        assertThat(a.text()).contains("- Tank: 10.925 (+5)", "- Helikopter: 337");
    }

    // "Baca Juga" alone takes every linked headline under it along.
    @Test
    void dropsEveryLinkedHeadlineUnderABacaJugaLine() {
        CleanArticle a = clean("Judul\n\nParagraf satu.\n\nBaca Juga\nKapolda: Situasi Ilaga Kondusif, Bandara "
                + "Kembali Dibuka\nWarga Gome Mengungsi ke Gereja Usai Kontak Tembak\n\nParagraf dua.");
        assertThat(a.text()).isEqualTo("Paragraf satu.\n\nParagraf dua.");
    }

    // Portals put "Baca juga:" on a line of its own, and the linked story's headline on the next.
    @Test
    void dropsALinkHeadlineUnderALineThatIntroducesIt() {
        CleanArticle a = clean("Judul\n\nParagraf satu.\n\nBaca juga:\n\nKapolri Minta Pengawasan Konten Diperketat"
                + "\n\nParagraf dua.");
        assertThat(a.text()).isEqualTo("Paragraf satu.\n\nParagraf dua.");
    }

    // A photo caption or a byline may stand above the dateline: it goes, and the dateline is still read.
    @Test
    void readsADatelineBelowACaptionOrByline() {
        CleanArticle a = clean("Sebuah Judul\n\nFarhan Hidayatullah - detikNews\n\nTentara berjaga di perbatasan. (Foto "
                + "Istimewa)\n\nJakarta - Polisi menangkap dua orang.\n\nParagraf berikutnya.");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.text()).startsWith("Polisi menangkap dua orang.");
    }

    @Test
    void cutsTheCommentSectionAndTheTrailingStars() {
        CleanArticle a = clean("Judul\n\nParagraf satu yang panjang sekali isinya.\n\nSekjen PBB juga menyampaikan "
                + "seruan senada.***\n\n\nPost a Comment\n\n0 Comments\n\nKomentar pembaca di sini.");
        assertThat(a.text()).isEqualTo("Paragraf satu yang panjang sekali isinya.\n\nSekjen PBB juga menyampaikan "
                + "seruan senada.");
    }

    // From blind set 50 (Tribunnews on Klaten): a syndication notice names the first outlet's headline, with its
    // figures; it and what follows are no part of the story.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Artikel ini telah tayang di Tribunjateng.com dengan judul Ledakan Elpiji di Klaten, 9 Rumah Terbakar",
        "This article first appeared on The Conversation."})
    void cutsASyndicationNotice(String notice) {
        CleanArticle a = clean("Judul\n\nParagraf satu yang panjang sekali isinya.\n\nParagraf dua juga panjang."
                + "\n\n" + notice + "\n\nPenulis: Rina");
        assertThat(a.text()).isEqualTo("Paragraf satu yang panjang sekali isinya.\n\nParagraf dua juga panjang.");
    }

    @Test
    void keepsTheStoryAfterACommentHeadingThatStandsEarly() {
        CleanArticle a = clean("Judul\n\nKomentar\n\n" + "Paragraf panjang. ".repeat(20));
        assertThat(a.text()).startsWith("Paragraf panjang.").hasSize("Paragraf panjang. ".repeat(20).strip().length());
    }

    @Test
    void takesThePublicationDateFromADateLineAndRemovesIt() {
        CleanArticle a = clean("Judul\n\nSenin, 3 Februari 2014 | 10:15 WIB\n\nIsi berita.");
        assertThat(a.published()).isEqualTo("2014-02-03");
        assertThat(a.text()).isEqualTo("Isi berita.");
    }

    @Test
    void takesThePublicationDateFromTheOpeningParagraph() {
        CleanArticle a = clean("Judul\n\nKlaim dikutip situs itu. Rabu 30 September 2020.\n\nIsi.");
        assertThat(a.published()).isEqualTo("2020-09-30");
        assertThat(a.text()).contains("Rabu 30 September 2020.");
    }

    @Test
    void joinsHardWrappedLinesOfOneParagraph() {
        CleanArticle a = clean("Judul\n\nA convoy of 42 trucks carrying food and medicine reached the besieged\n"
                + "town on Monday, the Red Cross said.\n\nSecond paragraph.");
        assertThat(a.text()).isEqualTo("A convoy of 42 trucks carrying food and medicine reached the besieged "
                + "town on Monday, the Red Cross said.\n\nSecond paragraph.");
    }

    @Test
    void cutsTheDatelineThatOpensAPagesText() {
        CleanArticle page = new CleanArticle("T", "GENEVA - Talks stalled.\n\nMore.", null, null, "x.com", "en", null);
        CleanArticle a = cleaner.withLeadDateline(page);
        assertThat(a.dateline()).isEqualTo("Geneva");
        assertThat(a.text()).isEqualTo("Talks stalled.\n\nMore.");
        assertThat(a.site()).isEqualTo("x.com");
    }

    // A page's text may open with a standfirst, a byline and a caption above a dateline on a line of its own
    // (Anadolu's 'KHARTOUM'): they go with it. A heading in capitals that names no known place is no dateline.
    @Test
    void cutsWhatStandsAboveADatelineOnALineOfItsOwn() {
        CleanArticle page = new CleanArticle("At least 47 civilians killed", "Sudan Doctors Network accuses the RSF\n\n"
                + "Adel Abdelrahim | 12.11.2025 - Update : 12.11.2025\n\nKHARTOUM\n\nAt least 47 civilians were killed.",
                null, null, null, "en", null);
        CleanArticle a = cleaner.withLeadDateline(page);
        assertThat(a.dateline()).isEqualTo("Khartoum");
        assertThat(a.text()).isEqualTo("At least 47 civilians were killed.");
        CleanArticle heading = new CleanArticle("Auto show", "The show opens on Friday.\n\nNISSAN SENTRA\n\nThe car.",
                null, null, null, "en", null);
        assertThat(cleaner.withLeadDateline(heading).text()).startsWith("The show opens");
    }

    // Text pasted from a browser keeps the page's furniture: the site's name under the headline, its menus, the date
    // below them, tag lists and linked headlines. Runs of short lines that are no sentences go; the headline is the
    // first line alone, without '| Site'; the date line is found below the menus.
    @Test
    void readsAPagePastedFromABrowser() {
        CleanArticle a = clean("""
                Somali forces kill more than 70 al Shabaab fighters in Lower Shabelle, army says | Reuters
                Skip to main content
                World
                Business
                Markets
                Africa

                December 2, 2025 4:17 PM GMT+3

                MOGADISHU, Dec 2 (Reuters) - Somali forces and African Union troops killed more than 70 al Shabaab \
                fighters in an operation in the Lower Shabelle region, the army said on Tuesday.

                The group said it had killed 15 soldiers, a claim the army denied in a statement on its website.

                Tags
                Somalia
                Al Shabaab
                Lower Shabelle
                Africa
                """);
        assertThat(a.title()).isEqualTo("Somali forces kill more than 70 al Shabaab fighters in Lower Shabelle, army says");
        assertThat(a.published()).isEqualTo("2025-12-02");
        assertThat(a.dateline()).isEqualTo("Mogadishu");
        assertThat(a.text()).startsWith("Somali forces and African Union troops").endsWith("statement on its website.");
    }

    // A page's title is the headline and the site's name ('... - Dunia Tempo.co'): the headline repeated below it,
    // here with the standfirst joined on, gives the title; a standfirst above the byline's date does not stop the
    // search for that date.
    @Test
    void takesTheHeadlineFromAPagesTitleAndTheDateBelowAStandfirst() {
        CleanArticle a = clean("""
                Ukraina Klaim Tewaskan 1.140 Tentara Rusia dalam Sehari - Dunia Tempo.co
                Tempo.co
                Nasional
                Ekonomi
                Internasional
                Ukraina Klaim Tewaskan 1.140 Tentara Rusia dalam Sehari
                Pasukan Kyiv bertahan di kota simpul logistik itu. Moskow mengklaim Ukraina kehilangan ratusan prajurit.
                Reporter
                Nabila Hapsari
                Selasa, 4 November 2025 14:22 WIB

                TEMPO.CO, Jakarta - Staf Umum Angkatan Bersenjata Ukraina mengklaim pasukannya telah menewaskan atau \
                melukai 1.140 tentara Rusia dalam 24 jam terakhir, sebagian besar di sekitar kota Pokrovsk di wilayah \
                Donetsk, seperti dikutip dari Reuters.
                """);
        assertThat(a.title()).isEqualTo("Ukraina Klaim Tewaskan 1.140 Tentara Rusia dalam Sehari");
        assertThat(a.published()).isEqualTo("2025-11-04");
        assertThat(a.text()).doesNotContain("Dunia Tempo.co").contains("Staf Umum Angkatan Bersenjata Ukraina");
    }

    // The headline repeated under a page's menus goes with the title, so the dateline below the byline is found.
    @Test
    void dropsTheHeadlineRepeatedUnderAPagesMenus() {
        CleanArticle a = clean("""
                Densus 88 Tangkap 17 Terduga Teroris di Enam Provinsi, Dua Diduga Perakit Bom | Republika Online
                Republika
                Beranda
                News
                Politik
                Hukum
                Densus 88 Tangkap 17 Terduga Teroris di Enam Provinsi, Dua Diduga Perakit Bom
                Selasa 11 Nov 2025 17:45 WIB
                Rep: Fauziah Rahmawati/ Red: Irfan Maulana
                Personel Densus 88 membawa terduga teroris di Klaten, Sabtu (8/11/2025). Foto: ANTARA FOTO/Andika
                REPUBLIKA.CO.ID, JAKARTA -- Detasemen Khusus (Densus) 88 Antiteror Polri menangkap 17 terduga teroris \
                dalam operasi serentak di enam provinsi sejak Jumat hingga Senin malam.
                """);
        assertThat(a.title()).isEqualTo("Densus 88 Tangkap 17 Terduga Teroris di Enam Provinsi, Dua Diduga Perakit Bom");
        assertThat(a.dateline()).isEqualTo("Jakarta");
        assertThat(a.text()).startsWith("Detasemen Khusus (Densus) 88");
    }

    // TASS: the page's title adds a section and the agency; under the menus the headline comes again with the
    // standfirst on the next line, then the first paragraph opens with 'MOSCOW, November 8. /TASS/.'.
    @Test
    void readsATassPage() {
        CleanArticle a = clean("""
                Ukrainian army loses up to 1,395 troops over past day - Military & Defense - TASS
                TASS
                World
                Military & Defense
                Science & Space
                8 NOV, 14:47
                Ukrainian army loses up to 1,395 troops over past day
                Russian air defenses shot down four guided aerial bombs over the past day, the ministry said
                MOSCOW, November 8. /TASS/. The Ukrainian army lost up to 1,395 servicemen in the special military \
                operation zone over the past day, the Russian Defense Ministry reported on Saturday.

                The Yug (South) battlegroup inflicted losses of up to 190 servicemen on the enemy, the ministry said.
                """);
        assertThat(a.title()).isEqualTo("Ukrainian army loses up to 1,395 troops over past day");
        assertThat(a.dateline()).isEqualTo("Moscow");
        assertThat(a.text()).startsWith("The Ukrainian army lost up to 1,395 servicemen");
    }

    // A photo caption ending in a credit ('Photograph: X/Handout', 'Foto: X/AFP') is dropped, and the line after it
    // is not joined to it; a liveblog's page title has a section before a bar as well as the site after one.
    @Test
    void dropsACaptionWithItsCreditAndReadsALiveblogsTitle() {
        CleanArticle a = clean("""
                Live updates | IDF says it killed 3 Hezbollah operatives in south Lebanon | The Times of Israel
                Israel at war
                Home
                News
                World
                IDF says it killed 3 Hezbollah operatives in south Lebanon
                Villagers search the rubble of the school on Thursday. Photograph: Ye-U Township Rescue Team/Handout
                A military airstrike on a village school in Myanmar's Sagaing region has killed at least 22 people, \
                according to local rescue workers.

                The wounded were taken to a hospital in Shwebo.
                """);
        assertThat(a.title()).isEqualTo("IDF says it killed 3 Hezbollah operatives in south Lebanon");
        assertThat(a.text()).startsWith("A military airstrike").doesNotContain("Photograph");
    }

    // A headline wrapped onto a second line in lower case is one headline; a site's name under it is not.
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Israel Klaim Bunuh Komandan Hizbullah dan Gempur 30 Target di Lebanon Selatan\\ndetikNews|"
            + "Israel Klaim Bunuh Komandan Hizbullah dan Gempur 30 Target di Lebanon Selatan",
        "Russian air defences shoot down 47 Ukrainian drones over six regions overnight\\nin the largest raid|"
            + "Russian air defences shoot down 47 Ukrainian drones over six regions overnight in the largest raid"})
    void takesTheHeadlineWithoutTheSiteUnderIt(String head, String title) {
        CleanArticle a = clean(head.replace("\\n", "\n") + "\n\nBeirut - Militer Israel mengklaim telah membunuh "
                + "seorang komandan senior Hizbullah dalam serangan udara di Lebanon selatan pada Minggu malam.");
        assertThat(a.title()).isEqualTo(title);
    }

    @Test
    void saysWhenNothingIsLeft() {
        var out = cleaner.clean("Post a Comment\n\n0 Comments", null);
        assertThat(out.value().text()).isEmpty();
        assertThat(out.diagnostics()).singleElement().satisfies(d -> assertThat(d.message()).contains("No article text"));
    }

    @Test
    void survivesArbitraryInput() {
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(200);
            for (int j = 0; j < n; j++) {
                b.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0xD7FF)));
            }
            CleanArticle a = cleaner.clean(b.toString(), null).value();
            assertThat(a.text()).isNotNull();
        }
    }

    // A standfirst right under a headline in sentence case is not the headline's wrapped rest.
    @Test
    void keepsAStandfirstOutOfASentenceCaseHeadline() {
        CleanArticle a = clean("6 Dawlah Islamiyah members killed in Lanao del Sur clash – military\nThe military "
                + "dismisses claims on pro-ISIS channels that five soldiers were killed in the firefight\n\nSix "
                + "suspected members were killed, the military said.");
        assertThat(a.title()).isEqualTo("6 Dawlah Islamiyah members killed in Lanao del Sur clash – military");
    }
}
