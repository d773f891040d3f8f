package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warta.model.Quantity;

/**
 * 100 tagged quantities sampled at random (seed 100) from id-news-ner's training file (yusufsyaifudin/indonesia-ner,
 * MIT), each with about 25 characters of its sentence on either side, and the value, bounds and unit checked by hand.
 * Notes from the check: "\u00a3"/"\u20ac" signs were lost in the corpus (the replacement character), so those rows
 * have no currency; "$ 50.875" is a share price written with a decimal point, but by the stated rule (a single
 * '.' followed by three digits groups thousands, as Indonesian writes $10.000 in Duckling's corpus) it reads
 * 50875: a known ambiguity of the mixed convention, kept visible here.
 */
class HandCheckedSampleTest {
    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Diperkirakan 2.615 orang di Afrika Barat telah terinfeksi | 2.615 | 2615 |  |  | orang
            , dari 45 kota tercatat 31 kota mengalami inflasi dan 14 | 31 | 31 |  |  | kota
            Timur ini telah melayani 7,1 juta penumpang di tahun 2013 , tumbuh 16 | 7,1 juta | 7100000 |  |  | penumpang
            dengan kapasitas produksi sekitar 10 ribu ton per tahun . | sekitar 10 ribu | 10000 |  |  | ton per tahun
            sedangkan India menembus angka 0,28 persen dan Tiongkok 0,33 persen | 0,28 persen | 0.28 |  |  | %
            inkubasi berlangsung dari 2 - 21 hari . | dari 2 - 21 |  | 2 | 21 | hari
            spesies tanaman asli dengan 90 persen di antaranya tidak ada di | 90 persen | 90 |  |  | %
            subsidi di setiap SPBU dari 5%-15 % sebagai dampak pengurangan | dari 5%-15 % |  | 5 | 15 | %
            Negara bagian itu memiliki 1.200 spesies tanaman asli dengan 90 persen di antaranya | 1.200 | 1200 |  |  | spesies tanaman asli
            kalau hitungan normal , 46 juta kalau nggak ngapa-ngapain | 46 juta | 46000000 |  |  | 
            Mercantile Exchange mencapai 78,77 dolar AS per barel . | mencapai 78,77 dolar AS | 78.77 |  |  | USD
            Mobile 8 Telecom Tbk sebanyak 157.392.500 saham dengan harga pembelian Rp290,9 | sebanyak 157.392.500 | 157392500 |  |  | saham
            manfaat  (  benefit  )  , naik 4.7 % dalam 12 bulan berakhir pada | 4.7 % | 4.7 |  |  | %
            Tahun 2014 dengan meraih 13 emas , 11 perak dan enam perunggu | 13 | 13 |  |  | emas
            menyatakan , Minggu , penangkapan 15 personel Angkatan Laut Kerajaan Inggris oleh Iran tidak bisa dibenarkan | 15 | 15 |  |  | personel Angkatan Laut Kerajaan Inggris
            terpidana mati telah mencapai 100 persen. | mencapai 100 persen | 100 |  |  | %
            Dia menargetkan sebanyak 3 juta orang turis Tiongkok ke Indonesia pada | sebanyak 3 juta | 3000000 |  |  | orang turis Tiongkok
            ATM bersama telah mencapai 13 ribu terminal dengan jumlah kartu ATM lebih | mencapai 13 ribu | 13000 |  |  | terminal
            Lima warga Palestina termasuk dua anak-anak | Lima | 5 |  |  | warga Palestina
            dilakukan IAP tersebut , ada tujuh kota di Indonesia yang memiliki | tujuh | 7 |  |  | kota
            total biaya � 80 , Praha at � 93 , dan Dublin � 102 . | 93 | 93 |  |  | 
            Lima orang tewas dan 40 orang cedera dalam | Lima | 5 |  |  | orang
            pembangunan infrastruktur berkisar empat hingga lima persen dari Produk Domestik Bruto | empat hingga lima persen |  | 4 | 5 | %
            madu dapat membunuh sekitar 30000 lebah dalam 3 jam . | sekitar 30000 | 30000 |  |  | lebah
            , dan telah mengeksekusi 13 orang pada Juni . | 13 | 13 |  |  | orang
            naik , bertahan di kisaran Rp 18-20ribu . | kisaran Rp 18-20ribu |  | 18000 | 20000 | IDR
            berembus dengan kecepatan 55 kilometer per jam dan berada 160 kilometer | 55 | 55 |  |  | kilometer per jam
            Inggris menyisihkan sekitar 160.000 kalkun pada Senin lalu , setelah | sekitar 160.000 | 160000 |  |  | kalkun
            persen dan sekarang menjadi 20 persen . | 20 persen | 20 |  |  | %
            Sedikitnya 1.427 orang meninggal akibat virus . | Sedikitnya 1.427 | 1427 | 1427 |  | orang
            diperkirakan tiap tahunnya ada 88 ribu liter limbah darah yang dibuang . | 88 ribu | 88000 |  |  | liter limbah darah
            Indonesia masih rendah yakni 21,8 persen . | 21,8 persen | 21.8 |  |  | %
            laporan setebal lebih dari 300 halaman itu . | lebih dari 300 | 300 | 300 |  | halaman
            Khajimba adalah Aslan Bzhania , 51 tahun , yang menjabat kepala dinas | 51 | 51 |  |  | tahun
            25/8/2014 ) , dengan jatuhnya dua korban jiwa tersebut maka sejauh ini | dua | 2 |  |  | korban jiwa
            Xinjiang menghukum penjara 25 orang karena terlibat aksi berkaitan | 25 | 25 |  |  | orang
            Sementara sebanyak 2,86 persen responden menjawab tidak | sebanyak 2,86 persen | 2.86 |  |  | %
            " Selama satu bulan , kita olesi luka tikus ini | satu | 1 |  |  | bulan
            Mereka mendapati 43 makam yang berasal dari tahun 650 | 43 | 43 |  |  | makam
            yang dilakukan terhadap dua orang menunjukkan mereka terjangkit | dua | 2 |  |  | orang
            provinsi , nasional dikurangi 2 juta , provinsi dikurangi berapa | 2 juta | 2000000 |  |  | 
            pertumbuhan nasional sebesar 0,17 persen , sedangkan India menembus | 0,17 persen | 0.17 |  |  | %
            dijatuhi hukuman penjara dua tahun dalam upaya menghentikan | dua | 2 |  |  | tahun
            dengan Israel di Gaza dalam 7 pekan terakhir mencapai 68 orang | 7 | 7 |  |  | pekan
            Iran juga memperkenalkan dua pesawat tak berawak yang baru , Karrar-4 dan | dua | 2 |  |  | pesawat tak berawak
            dari Rp 22 ribu/kg menjadi Rp 18 ribu . | Rp 18 ribu | 18000 |  |  | IDR
            mendapatkan penghasilan sebesar $ 10.2 juta , atau 67 cent per lembar | $ 10.2 juta | 10200000 |  |  | USD
            termasuk 1 anak-anak dan 3 warga sipil . | 3 | 3 |  |  | warga sipil
            tahun 2012 yang berjumlah 6,4 juta penumpang . | 6,4 juta | 6400000 |  |  | penumpang
            dengan memprioritaskan pada 3 atau maksimum 5 variabel yang ditekankan , " kata | 3 | 3 |  |  | 
            Pengadilan Daerah Victoria atas 50 pencurian , kata kantor berita AAP | 50 | 50 |  |  | pencurian
            melakukan perjalanan sejauh 30 - 45 mil 50 - 70 kilometer dari gua | 30 - 45 |  | 30 | 45 | mil
            saham dengan harga pembelian Rp290,9 per saham sehingga total pembeliannya | Rp290,9 | 290.9 |  |  | IDR
            Ia menuturkan, selama 31 tahun aktif di Golkar, ia | 31 | 31 |  |  | tahun aktif
            tahun ini dikerjakan selama 32 bulan sejak Agustus 2011 hingga | 32 | 32 |  |  | bulan
            Tujuh warga Palestina lainnya tewas dalam | Tujuh | 7 |  |  | warga Palestina
            kata militer Israel dalam satu pernyataan . | satu | 1 |  |  | pernyataan
            Ebola dengan perbesaran 108.000 kali . | 108.000 | 108000 |  |  | kali
            polisi Iran dan menculik empat orang lagi dalam serangan Selasa | empat | 4 |  |  | orang
            tempurnya telah melancarkan 16 serangan sejak Minggu ( 24/8 ) hingga | 16 | 16 |  |  | serangan
            per lembar saham , menjadi $ 50.875 . | $ 50.875 | 50875 |  |  | USD
            sebelumnya Rp 3-4 ribu menjadi Rp 4-5 ribu . | Rp 4-5 ribu |  | 4000 | 5000 | IDR
            wilayah udara Eropa selama enam hari . | enam | 6 |  |  | hari
            Hingga kini terdapat 40 jenis lumba-lumba di seluruh dunia . | 40 | 40 |  |  | jenis lumba-lumba
            perolehan nilai tertinggi dari 89 siswa partisipan lomba . | 89 | 89 |  |  | siswa partisipan lomba
            ekonomi 6,3 persen , inflasi 6 persen , kurs Rp.9.050 per dolar | 6 persen | 6 |  |  | %
            korban tewas sudah mencapai 2.108 orang , sebagian besar di antaranya | mencapai 2.108 | 2108 |  |  | orang
            berbagi perbatasan sejauh 1.300 km dengan Rusia dan biasanya | 1.300 | 1300 |  |  | km
            penumpang di tahun 2013 , tumbuh 16 % dibanding tahun 2012 yang | 16 % | 16 |  |  | %
            purba Indonesia yang berusia 35 juta tahun dan dikenal dengan nama sebutan | 35 juta | 35000000 |  |  | tahun
            Namun hanya 1 persen saja yang terpublikasikan | 1 persen | 1 |  |  | %
            atas pendapatan sebesar 50 miliar francs . | 50 miliar | 50000000000 |  |  | francs
            Ballet di London harganya � 91 , sedangkan dua tiket opera | 91 | 91 |  |  | 
            multistage random sampling dengan 1200 responden yang tersebar di seluruh | 1200 | 1200 |  |  | responden
            Rp9.100 per dolar AS menjadi Rp9.050 . | Rp9.050 | 9050 |  |  | IDR
            conveyor , danapron seluas 140.900 m2 . | 140.900 | 140900 |  |  | 
            infrastruktur setidaknya sebesar Rp6.500 triliun , " kata Deputi Bidang Infrastruktur | Rp6.500 triliun | 6.5E15 |  |  | IDR
            korban luka sudah mencapai 10.630 orang . | mencapai 10.630 | 10630 |  |  | orang
            Rodney Lyle Petersen ( 30 ) mengaku bersalah di Pengadilan | 30 | 30 |  |  | 
            sedangkan dua tiket opera � 117.50 . | 117.50 | 117.5 |  |  | 
            darah tinggi lebih rendah 17 persen bila dibandingkan dengan | 17 persen | 17 |  |  | %
            dari 2009 , masing-masing 36,1 % dan 27,3 % . | 36,1 % | 36.1 |  |  | %
            Frans berhasil mengabadikan tiga foto , dari tiga frame film yang | tiga | 3 |  |  | foto
            partai politik yang memeroleh 20 persen suara pada pemilu legislatif. | 20 persen | 20 |  |  | %
            Gerilyawan membunuh dua polisi Iran dan menculik empat orang | dua | 2 |  |  | polisi Iran
            BPS melaporkan , dari 45 kota tercatat 31 kota mengalami | 45 | 45 |  |  | kota
            Misalnya harga BBM premium Rp 6.500 per liter dan solar Rp 5.500 per liter | Rp 6.500 | 6500 |  |  | IDR
            menaranya yang terdiri dari 16 lantai dibangun dengan gaya klasik | 16 | 16 |  |  | lantai
            wanita persentasenya dari 26 persen menjadi 35 persen . | 26 persen | 26 |  |  | %
            menawarakan membeli Mesa untuk $ 7 per lembar saham dan satu saham untuk dari | $ 7 | 7 |  |  | USD
            Podium yang terdiri dari 4 lantai bergaya klasik tampil sebagai | 4 | 4 |  |  | lantai
            15 , sedangkan di Warsawa � 20 . | 20 | 20 |  |  | 
            mungkin dilancarkan oleh 180.000 pegawai pemerintah pekan ini . | 180.000 | 180000 |  |  | pegawai pemerintah
            Palestina , termasuk sekitar 500 anak-anak . | sekitar 500 | 500 |  |  | anak-anak
            menganalisis ada sekitar 23 beleid yang berkaitan dengan petani, | sekitar 23 | 23 |  |  | beleid
            ketiga , dibanding dengan 1.3 % kenaikan dalam kuartal yang | 1.3 % | 1.3 |  |  | %
            yang berakhir pada juni dan 12 bulan yang berakhir pada september | 12 | 12 |  |  | bulan
            subsidi dari 48 juta KL jadi 46 juta KL , Pertamina memastikan BBM | 46 juta | 46000000 |  |  | KL
            bervariasi secara drastis di 12 kota yang diriset , semuanya mengklaim | 12 | 12 |  |  | kota
            memiliki penjualan senilai $ 1.4 miliar . | $ 1.4 miliar | 1400000000 |  |  | USD
            """)
    void readsTheSampledValuesAsCheckedByHand(String context, String span, Double value, Double min, Double max,
                                              String unit) {
        List<Quantity> found = QuantityFinder.standard().find(context, true);
        Quantity q = found.stream().filter(x -> x.text().equals(span)).findFirst().orElse(null);
        assertThat(q).as("'%s' in '%s', found %s", span, context, found).isNotNull();
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.min()).isEqualTo(min);
        assertThat(q.max()).isEqualTo(max);
        assertThat(q.unit()).isEqualTo(unit);
    }
}
