package jp.sitegate.domain.model.facility;

import java.util.ArrayList;
import java.util.List;

/** The 47 prefectures with their JIS codes 01–47 (the first two digits of a medical institution code, §6). */
public final class Prefectures {
    private static final String[] JA = {"北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
        "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県",
        "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県",
        "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県",
        "鹿児島県", "沖縄県"};
    private static final String[] EN = {"Hokkaido", "Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima",
        "Ibaraki", "Tochigi", "Gunma", "Saitama", "Chiba", "Tokyo", "Kanagawa", "Niigata", "Toyama", "Ishikawa", "Fukui",
        "Yamanashi", "Nagano", "Gifu", "Shizuoka", "Aichi", "Mie", "Shiga", "Kyoto", "Osaka", "Hyogo", "Nara",
        "Wakayama", "Tottori", "Shimane", "Okayama", "Hiroshima", "Yamaguchi", "Tokushima", "Kagawa", "Ehime", "Kochi",
        "Fukuoka", "Saga", "Nagasaki", "Kumamoto", "Oita", "Miyazaki", "Kagoshima", "Okinawa"};

    private Prefectures() {
    }

    /** @return the 47 codes "01"…"47" in order */
    public static List<String> codes() {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= JA.length; i++) {
            out.add(String.format("%02d", i));
        }
        return out;
    }

    /**
     * @param code    2-digit code
     * @param english true for the English name
     * @return the name, or the code itself when it is not one of the 47
     */
    public static String name(String code, boolean english) {
        try {
            int i = Integer.parseInt(code) - 1;
            return english ? EN[i] : JA[i];
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException | NullPointerException e) {
            return code;
        }
    }
}
