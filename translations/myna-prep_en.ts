<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name></name>
    <message>
        <source>本人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み取り専用で開いています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存データについてのお知らせ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存データを開けなかったため、この変更は保存されませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存できませんでした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族の名前を先に登録してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元に戻す(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>削除を元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}を削除しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>削除を元に戻しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP1・2 利用者登録と証明書等の選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP3 連携 / STEP5 情報取得希望</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民間送達サービス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-私書箱・MyPost・民間送達・e-Tax連携サービス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ねんきんネット</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP3 連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>証明書等を発行する企業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保険会社・証券会社・ふるさと納税ポータルサイト事業者など</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未対応</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待ち</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要対応</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最終変更: まだ記録していません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最終変更: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状態: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選択中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{label}」を記録しています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再確認日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}の再確認日を設定する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待っている間は、この日にもう一度確認します（既定は3営業日後）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}の再確認日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待っているものを、もう一度確認する日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>メモ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}のメモ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自由に書けるメモ。Enterキーを押すか別の欄に移ると保存されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>子</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>親</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示中の人(&amp;M):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示する家族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ人の事前準備が、すべてのページに表示されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族を追加(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族を追加する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名前を変更(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示中の人の名前を変更する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名前（表示名）:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい名前（表示名）:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{name}」を追加しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名前を「{name}」に変更しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受け取り: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行元での手続: {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手元に用意する番号: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例年の時期: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP5（e-Taxでの情報取得希望の登録）も必要です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行企業が証明書等を届ける民間送達サービス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}の受け取り方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}の{type}を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{type}（{issuer}）」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}を取得する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行元: {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}の説明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行する企業の名前（例: 保険会社名）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}を発行する企業の名前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名前を入力して Enter キーか「追加」で登録します。以前に入力した名前が候補に出ます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受け取りに使う民間送達サービス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行企業が証明書等を届ける民間送達サービスを選びます（発行企業の案内で確認できます）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}の発行企業を追加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「{type}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>追加しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取得したい証明書等</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルの「確定申告の事前準備」ページで選ぶものと同じ種類にチェックを入れ、発行する企業を追加してください。選んだ内容から、STEP3以降でする連携が決まります。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行する企業を入力する証明書等（保険会社・証券会社・寄附先など）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行元が決まっている証明書等（国税庁・日本年金機構・医療保険者など）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ証明書等: {count} 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>① 申告される方（代理人）のマイナンバーカードでログインし、「代理人設定」を開いた</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② 「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選んだ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③ ご家族（委任者）のマイナンバーカードで本人確認をした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>④ 「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⑤ 登録内容を確認して完了ボタンを選んだ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルで入力した日付。未設定のときは「未設定」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未設定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委任者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>データを取得される家族</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代わりに申告する人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理関係名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルで入力した代理関係名。変更は欄を離れると保存されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理権限の有効期間（開始日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理権限の有効期間（終了日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委任者（データを取得される家族）:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人（申告する方）:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理関係名:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理権限の有効期間:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委任を受けるサービス: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルでの操作:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>この代理人設定の記録を削除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人設定の記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人設定を記録するには、上の「家族を追加」でご家族を登録してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい代理人設定を記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい代理人設定の委任者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい代理人設定の代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例: 妻、長男、母</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新しい代理人設定の代理関係名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルで入力する代理関係名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録する(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人設定を記録する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>委任者:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>① 電子交付サービスの利用者登録・電子交付への同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>② {channel}と{issuer}の連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行企業</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer} — {type}（{channel}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手元に用意する番号: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}の再確認日を設定する</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}の再確認日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{issuer}のメモ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行企業ごとの手続</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>①の承認には数日かかることがあります。申し込んだら「待ち」を記録すると、3営業日後に再確認するようお知らせします。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP4 の手続が必要な発行企業はありません。e-私書箱・MyPost・民間送達・e-Tax連携サービスで受け取る証明書等を STEP2 で選ぶと、ここに表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}の連携状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連携状況リストの表示:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>必要な証明書等: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>あなたに必要な連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルの「連携状況リスト」に表示されている言葉を、ボタンで記録します。「確認」のときは、それぞれのサイトで状況を確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP2 で証明書等を選ぶと、連携が必要なサイトがここに表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次にすること</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>記録を読み込んでいます…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このステップを開く(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次にすることのステップを開く</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族の名前を登録すると、次にすることが表示されます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>すべて完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待っていること</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kicker}（{name}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service}との連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}（{step}、再確認日 {date}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>閉じる(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再確認のお知らせを閉じる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再確認の日が来ています。状況を確かめて記録しましょう:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未記録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} / {total} 完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ証明書等にはこのステップが必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだ証明書等にはこのステップは不要です（給与所得の源泉徴収票や年末残高情報を選ぶと必要になります）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>元に戻す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>やり直す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{era}の確定申告期間: {start} 〜 {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申告期間の終わりまで あと {days} 日（受付開始まで {start} 日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申告期間中です。締切まで あと {days} 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>今日が申告期限です</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>申告期間は終わりました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>証明書の準備状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>準備状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}（{issuer}・{channel}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type}（{issuer}）の準備状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前準備は済んでいます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前準備がまだ残っています</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}から届く証明書等は「証明書の準備状況」では「未記載」と表示されます。各サイトで確認してください。{pre}。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（{era}は対象外です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（例年なら取得できる時期です）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（例年は {date} 頃から）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>証明書等ごとの準備状況</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルの「証明書の準備状況」に表示されている言葉を、ボタンで記録します。「処理中」のときは3営業日後に再確認するようお知らせします。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP2 で証明書等を選ぶと、ここに表示されます。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ready} / {total} 件 準備完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷プレビュー(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストの印刷イメージを表示します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストを印刷します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFに書き出す(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストをPDFファイルに保存します</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>世帯全員のチェックリストにする(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷とPDFに世帯の全員を含めます（1人ずつ新しいページから）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用紙サイズ(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Myna Prep について</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータル連携 事前準備ナビ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>国税庁の「マイナポータル連携を利用するまでに行う事前準備」に沿って、ご家族の準備を最後まで案内します。通信は利用者が操作したときだけ行い、利用状況の送信（テレメトリー）は一切行いません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用しているライブラリとライセンス</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Myna Prep はすでに起動しています。開いているウィンドウをお使いください。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>進行中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>要対応</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不要</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>利用者証明用電子証明書パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>署名用電子証明書パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面事項入力補助用パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>スマートカードのサービス（PC/SC）が動いていません。Windows では「Smart Card」サービスを開始し、Linux では pcscd を起動してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダーが見つかりません。リーダーをパソコンに接続してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>選んだカードリーダーが見つかりません。接続を確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダーが取り外されました。接続を確かめて、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ほかのアプリがカードリーダーを使用中です。そのアプリを閉じて、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードが置かれていません。マイナンバーカードをリーダーに置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このカードはマイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>読み取り中にカードが外されました。カードを置き直して、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ほかのアプリがカードをリセットしました。もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードが応答しません。カードを置き直して、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードから想定外の応答がありました。カードを置き直して、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの署名を証明書で検証できませんでした。カードを置き直して、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードに必要なデータが見つかりません。マイナンバーカードか確かめてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードがパスワードの確認を求めています。もう一度最初から操作してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限が切れています。お住まいの市区町村の窓口で更新してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限まで残り%1日です。早めに市区町村の窓口で更新してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1が違います。残りは%2回です。控えを確かめてから、もう一度操作してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1はロックされています。お住まいの市区町村の窓口で初期化（再設定）の手続きをしてください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1の残りはあと1回です。間違えるとロックされるので、控えを確かめてから入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1の残りはあと1回です。ロックの意味を確認し、2回確認したうえで入力してください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1の形式が正しくありません。何も送信していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードの操作に失敗しました。カードを置き直して、もう一度お試しください。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>パスワードの残り回数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認（利用者証明用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>署名用パスワードの確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>券面事項入力補助用パスワードの確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本4情報の読み取り</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>再診断</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本4情報（保存されません）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>住所</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>性別</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>氏名をプロフィールにコピー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>隠す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダーを確認しています…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC/SC サービスが動いていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダーが接続されていません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードリーダー:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードあり</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カードなし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード: なし</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード: マイナンバーカード</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード: スマホ用電子証明書</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>カード: マイナンバーカードではありません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ 利用者証明用電子証明書: 期限切れ（%1）— 市区町村の窓口で更新してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 利用者証明用電子証明書: %1 まで（残り %2 日）— 早めに更新してください</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ 利用者証明用電子証明書: %1 まで有効（残り %2 日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? %1: 不明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ %1: ロック中 — 市区町村の窓口で初期化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: 残り 1 / %2 回（次に間違えるとロック）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1: 残り %2 / %3 回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>キャンセルしました。何も送信していません。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本人確認に成功しました。カードの署名を電子証明書で検証しました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1は正しく入力できました。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>基本4情報を読み取りました。この情報は保存されません。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>マイナンバーカードを手元に用意した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルアプリをダウンロードした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルの利用者登録をした</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者証明用電子証明書パスワード（数字4桁）でログインできた</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページを開いた</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取得したい証明書等の種類と発行する企業を選択した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>アカウント連携の際に「お知らせの受け取り」にチェックを入れた</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>①「e-Taxからの情報取得を希望する」ボタンを押した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>②「カナ氏名」を入力した</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>③マイナンバーカードを読み取った（券面事項入力補助用パスワード・数字4桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>④マイナンバーカードを読み取った（署名用パスワード・英数字6〜16桁）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「証明書の準備状況」で取得したい証明書等が「準備完了」であることを確認した</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>事前準備チェックリスト</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストを印刷できませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>印刷プレビュー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストを印刷しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFに書き出す</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFを保存しました: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリストの内容を読み込めませんでした。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>予期しないエラー</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。記録した内容は保存されています。問題が続く場合は、下の報告をコピーしてお問い合わせください（個人情報は含まれません）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>エラー報告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>お問い合わせの際にコピーして送る報告です（読み取り専用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>報告をコピー(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>準備完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>処理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未記載</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-私書箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyPost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民間送達・e-Tax連携サービス</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ねんきんネット</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>言語 / Language(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>システムに合わせる</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日本語の環境では日本語、それ以外では英語で表示します</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>マイナポータル連携 事前準備ナビ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ステップ一覧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上下の矢印キーでステップを選びます</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 戻る(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前のステップへ戻る</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前のステップ (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次へ(&amp;N) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次のステップへ進む</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次のステップ (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>準備ができました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>終了(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>前のステップ(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>次のステップ(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ステップ一覧へ移動(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ログフォルダを開く(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myna Prep について(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リンクを開けません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>このリンクは公式サイトのものではないため開きません。
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>公式サイト以外のリンクは開きません</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ブラウザで開きました: {url}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewDiagram</name>
    <message>
        <source>事前準備の全体図</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルがe-Tax、民間送達サービス、ねんきんネットと連携し、民間送達サービスが証明書等を発行する企業と連携します。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連携 STEP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>連携 STEP4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>残り回数: %1 / %2 回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>残り回数: 不明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6〜16文字の英大文字と数字です（小文字は大文字にして送ります）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4桁の数字です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ 次に間違えるとこのパスワードはロックされます。ロックされると、このパソコンでは解除できず、お住まいの市区町村の窓口で初期化（再設定）の手続きが必要です。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ロックされると市区町村の窓口での手続きが必要になることを理解しました</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>控えを確かめたうえで、最後の1回を使います</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>準備するものと流れ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>利用者登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>証明書等を選ぶ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>外部サイトと連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>発行企業と連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Taxで情報取得希望</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>準備状況を確認</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家族の医療費通知情報</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>ページの見出し</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>説明: {headline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>リンクは Tab キーで選び、Enter キーでブラウザに開きます</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>STEP0 全体図</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータル連携に係る事前準備（全体図）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルで利用者登録</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページにアクセスして、取得したい証明書等を選択</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>マイナポータルとe-Taxを連携した上で、マイナポータルと民間送達サービスやねんきんネットを連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>民間送達サービスと証明書等を発行する企業との連携</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Taxのマイページで情報取得希望の登録（給与所得の源泉徴収票情報を取得する場合）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>準備完了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>事前準備が完了！確定申告書の作成開始！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人設定（参考）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（参考）マイナポータルにおける代理人の設定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
