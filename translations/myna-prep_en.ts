<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="ja_JP">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Myna Prep について</source>
        <translation>About Myna Prep</translation>
    </message>
    <message>
        <source>マイナポータル連携 事前準備ナビ</source>
        <translation>Mynaportal linkage preparation guide (マイナポータル連携 事前準備ナビ)</translation>
    </message>
    <message>
        <source>国税庁の「マイナポータル連携を利用するまでに行う事前準備」に沿って、ご家族の準備を最後まで案内します。通信は利用者が操作したときだけ行い、利用状況の送信（テレメトリー）は一切行いません。</source>
        <translation>Guides your household through every step of the National Tax Agency&apos;s preparation for using the Mynaportal linkage. The app goes online only when you ask it to, and it never sends usage data (no telemetry).</translation>
    </message>
    <message>
        <source>使用しているライブラリとライセンス</source>
        <translation>Libraries used and their licences</translation>
    </message>
</context>
<context>
    <name>Accessible</name>
    <message>
        <source>{name}を消す</source>
        <translation>Clear {name}</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>お知らせを閉じる</source>
        <translation>Close the notice</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Myna Prep はすでに起動しています。開いているウィンドウをお使いください。</source>
        <translation>Myna Prep is already running. Please use the window that is open.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>バックアップを書き出す(&amp;B)…</source>
        <translation>&amp;Back up to a file…</translation>
    </message>
    <message>
        <source>世帯の記録をすべて1つのファイルに書き出します（記録した番号は含みません）</source>
        <translation>Write everything recorded for the household to one file (remembered numbers are not included)</translation>
    </message>
    <message>
        <source>世帯の記録をバックアップファイルに書き出す</source>
        <translation>Write the household&apos;s records to a backup file</translation>
    </message>
    <message>
        <source>バックアップから読み込む(&amp;R)…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>バックアップファイルの内容で世帯の記録を置き換えます</source>
        <translation>Replace the household&apos;s records with the contents of a backup file</translation>
    </message>
    <message>
        <source>バックアップファイルから世帯の記録を読み込む</source>
        <translation>Read the household&apos;s records from a backup file</translation>
    </message>
    <message>
        <source>保存データを開けていないため、この操作はできません。</source>
        <translation>The saved data is not open, so this cannot be done.</translation>
    </message>
    <message>
        <source>バックアップを書き出す</source>
        <translation>Back up to a file</translation>
    </message>
    <message>
        <source>バックアップの保存先</source>
        <translation>Where to save the backup</translation>
    </message>
    <message>
        <source>Myna Prep バックアップ (*.json)</source>
        <translation>Myna Prep backups (*.json)</translation>
    </message>
    <message>
        <source>{count} 人分の記録を書き出しました: {path}</source>
        <translation>Backed up the records of {count} people: {path}</translation>
    </message>
    <message>
        <source>（受け取った証明書ファイルの本体はこのパソコンに残ります。別のパソコンで e-Tax に添付するときは、ファイルも持っていってください）</source>
        <translation> (The certificate files you received stay on this computer. To attach them to e-Tax on another computer, take the files with you.)</translation>
    </message>
    <message>
        <source>バックアップから読み込む</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>読み込むバックアップファイル</source>
        <translation>Backup file to restore</translation>
    </message>
    <message>
        <source>すべてのファイル (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>読み取り専用で開いているため、バックアップを読み込めません（何も変更していません）。</source>
        <translation>The saved data is open read-only, so a backup cannot be restored (nothing was changed).</translation>
    </message>
    <message>
        <source>いまの世帯の記録（{now} 人分）を、バックアップの記録（{new} 人分）ですべて置き換えますか？</source>
        <translation>Replace all of the household&apos;s current records ({now} people) with the records in the backup ({new} people)?</translation>
    </message>
    <message>
        <source>バックアップからの読み込みの確認</source>
        <translation>Confirm restoring from a backup</translation>
    </message>
    <message>
        <source>置き換えた後は元に戻せません。先にいまの記録を書き出しておくと安心です。
{path}</source>
        <translation>This cannot be undone. To be safe, back up the current records first.
{path}</translation>
    </message>
    <message>
        <source>置き換える</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{path} から {count} 人分の記録を読み込みました</source>
        <translation>Restored the records of {count} people from {path}</translation>
    </message>
    <message>
        <source>バックアップには記録した番号が含まれないため、必要な番号は STEP4 でもう一度記録してください。</source>
        <translation>Backups do not contain remembered numbers: remember the numbers you need again in STEP4.</translation>
    </message>
    <message>
        <source>バックアップ</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>バックアップについてのお知らせ</source>
        <translation>About the backup</translation>
    </message>
</context>
<context>
    <name>CardDock</name>
    <message>
        <source>本人確認に成功すると、このカードを家族のメンバーに結び付けられます。</source>
        <translation>After a successful identity check you can link this card to a family member.</translation>
    </message>
    <message>
        <source>「%1」さんのカードです。</source>
        <translation>This is %1&apos;s card.</translation>
    </message>
    <message>
        <source>カードの結び付け</source>
        <translation>Link the card</translation>
    </message>
    <message>
        <source>このカードを「%1」さんのカードとして登録しますか？
次からカードを差し込むと、自動で「%1」さんの画面に切り替わります。保存するのはカードの電子証明書の指紋（SHA-256）だけで、マイナンバーや氏名は保存しません。</source>
        <translation>Register this card as %1&apos;s card?
Next time you insert it, the app switches to %1 by itself. Only the fingerprint (SHA-256) of the card&apos;s certificate is saved, never the My Number or the name.</translation>
    </message>
    <message>
        <source>「%1」さんのカードとして登録しました。</source>
        <translation>Registered as %1’s card.</translation>
    </message>
    <message>
        <source>カードを登録しました。</source>
        <translation>The card is registered.</translation>
    </message>
    <message>
        <source>表示名をカードの氏名にしました。</source>
        <translation>The display name is now the name on the card.</translation>
    </message>
    <message>
        <source>カードリーダー(&amp;R)</source>
        <translation>Card &amp;reader</translation>
    </message>
</context>
<context>
    <name>CardExpiry</name>
    <message>
        <source>マイナンバーカードの電子証明書（利用者証明用・署名用）の有効期限は{end}で切れています。お住まいの市区町村の窓口で電子証明書の更新を受けてください。</source>
        <translation>The My Number card&apos;s certificates (user authentication and signature) expired on {end}. Have them renewed at your municipal counter.</translation>
    </message>
    <message>
        <source>更新はもう受けられます。お住まいの市区町村の窓口で更新してください。</source>
        <translation>You can renew them now at your municipal counter.</translation>
    </message>
    <message>
        <source>{start}から、お住まいの市区町村の窓口で更新を受けられます。</source>
        <translation>You can renew them at your municipal counter from {start}.</translation>
    </message>
    <message>
        <source>マイナンバーカードの電子証明書（利用者証明用・署名用）の有効期限は{end}で、{year}の申告期間が終わる{period_end}より前に切れます。{renewal}</source>
        <translation>The My Number card&apos;s certificates (user authentication and signature) expire on {end}, before the filing period for {year} ends on {period_end}. {renewal}</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <source>利用者証明用電子証明書パスワード</source>
        <translation>user-authentication certificate password (利用者証明用電子証明書パスワード)</translation>
    </message>
    <message>
        <source>署名用電子証明書パスワード</source>
        <translation>signature certificate password (署名用電子証明書パスワード)</translation>
    </message>
    <message>
        <source>券面事項入力補助用パスワード</source>
        <translation>card-information input password (券面事項入力補助用パスワード)</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>password</translation>
    </message>
    <message>
        <source>カードリーダーが見つかりません。リーダーをパソコンに接続してください。</source>
        <translation>No card reader was found. Connect a reader to this computer.</translation>
    </message>
    <message>
        <source>選んだカードリーダーが見つかりません。接続を確かめてください。</source>
        <translation>The chosen card reader was not found. Check its connection.</translation>
    </message>
    <message>
        <source>カードリーダーが取り外されました。接続を確かめて、もう一度お試しください。</source>
        <translation>The card reader was disconnected. Check the connection and try again.</translation>
    </message>
    <message>
        <source>ほかのアプリがカードリーダーを使用中です。そのアプリを閉じて、もう一度お試しください。</source>
        <translation>Another program is using the card reader. Close that program and try again.</translation>
    </message>
    <message>
        <source>カードが置かれていません。マイナンバーカードをリーダーに置いてください。</source>
        <translation>No card is on the reader. Place your My Number card on the reader.</translation>
    </message>
    <message>
        <source>このカードはマイナンバーカードではありません。マイナンバーカードを置いてください。</source>
        <translation>This card is not a My Number card. Please place your My Number card on the reader.</translation>
    </message>
    <message>
        <source>読み取り中にカードが外されました。カードを置き直して、もう一度お試しください。</source>
        <translation>The card was removed while it was being read. Put it back and try again.</translation>
    </message>
    <message>
        <source>ほかのアプリがカードをリセットしました。もう一度お試しください。</source>
        <translation>Another program reset the card. Please try again.</translation>
    </message>
    <message>
        <source>カードが応答しません。カードを置き直して、もう一度お試しください。</source>
        <translation>The card does not answer. Put it back on the reader and try again.</translation>
    </message>
    <message>
        <source>カードから想定外の応答がありました。カードを置き直して、もう一度お試しください。</source>
        <translation>The card gave an unexpected answer. Put it back on the reader and try again.</translation>
    </message>
    <message>
        <source>カードの署名を証明書で検証できませんでした。カードを置き直して、もう一度お試しください。</source>
        <translation>The card&apos;s signature could not be verified with its certificate. Put the card back and try again.</translation>
    </message>
    <message>
        <source>カードに必要なデータが見つかりません。マイナンバーカードか確かめてください。</source>
        <translation>Data this check needs is missing from the card. Make sure it is a My Number card.</translation>
    </message>
    <message>
        <source>カードがパスワードの確認を求めています。もう一度最初から操作してください。</source>
        <translation>The card asks for the password to be checked. Please start again from the beginning.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限が切れています。お住まいの市区町村の窓口で更新してください。</source>
        <translation>The user-authentication certificate (利用者証明用電子証明書) has expired. Renew it at your municipal office.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限まで残り%1日です。早めに市区町村の窓口で更新してください。</source>
        <comment>one day</comment>
        <translation>The user-authentication certificate (利用者証明用電子証明書) expires in %1 day. Renew it soon at your municipal office.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限まで残り%1日です。早めに市区町村の窓口で更新してください。</source>
        <translation>The user-authentication certificate (利用者証明用電子証明書) expires in %1 days. Renew it soon at your municipal office.</translation>
    </message>
    <message>
        <source>%1が違います。残りは%2回です。控えを確かめてから、もう一度操作してください。</source>
        <comment>one try</comment>
        <translation>The %1 is wrong. Only %2 try is left. Check your note before you try again.</translation>
    </message>
    <message>
        <source>%1が違います。残りは%2回です。控えを確かめてから、もう一度操作してください。</source>
        <translation>The %1 is wrong. %2 tries are left. Check your note before you try again.</translation>
    </message>
    <message>
        <source>%1の残りはあと1回です。間違えるとロックされるので、控えを確かめてから入力してください。</source>
        <translation>Only one try is left for the %1. A wrong entry locks it, so check your note before you enter it.</translation>
    </message>
    <message>
        <source>ロックされたとき: %1</source>
        <translation>If it locks: %1</translation>
    </message>
    <message>
        <source>%1の残りはあと1回です。ロックの意味を確認し、2回確認したうえで入力してください。</source>
        <translation>Only one try is left for the %1. Read what a lock means and confirm twice before you enter it.</translation>
    </message>
    <message>
        <source>診断中に予期しないエラーが起きました。もう一度お試しください。</source>
        <translation>Something unexpected went wrong during the check. Please try again.</translation>
    </message>
    <message>
        <source>カードリーダーを使うための Windows の「Smart Card」サービス（SCardSvr）が止まっています。スタートメニューで「サービス」と入力して開き、一覧の「Smart Card」をダブルクリックして、「スタートアップの種類」を「自動」にし、「開始」を押してください。</source>
        <translation>The Windows “Smart Card” service (SCardSvr), which card readers need, is stopped. Type “Services” in the Start menu and open it, double-click “Smart Card” in the list, set “Startup type” to “Automatic” and press “Start”.</translation>
    </message>
    <message>
        <source>Mac がカードリーダーに応答しません。カードリーダーを USB 端子から抜いて差し直してください。直らないときは Mac を再起動してください。</source>
        <translation>The Mac does not answer the card reader. Unplug the card reader from its USB port and plug it in again. If that does not help, restart the Mac.</translation>
    </message>
    <message>
        <source>カードリーダーを使うためのソフト（pcscd）が入っていません。端末で「{apt}」を実行してください。</source>
        <translation>The software card readers need (pcscd) is not installed. In a terminal, run “{apt}”.</translation>
    </message>
    <message>
        <source>カードリーダーを使うためのソフト（pcscd）が入っていません。パッケージ管理ソフトで pcsc-lite と ccid をインストールしてから、端末で「{systemd}」を実行してください。</source>
        <translation>The software card readers need (pcscd) is not installed. Install pcsc-lite and ccid with your package manager, then run “{systemd}” in a terminal.</translation>
    </message>
    <message>
        <source>カードリーダーを使うためのソフト（pcscd）が動いていません。端末で「{systemd}」を実行してください。</source>
        <translation>The software card readers need (pcscd) is not running. In a terminal, run “{systemd}”.</translation>
    </message>
    <message>
        <source>Windows の「Smart Card」サービスが応答しません。スタートメニューで「サービス」と入力して開き、「Smart Card」を右クリックして「再起動」を押してから、もう一度お試しください。</source>
        <translation>The Windows “Smart Card” service does not answer. Type “Services” in the Start menu and open it, right-click “Smart Card”, choose “Restart”, then try again.</translation>
    </message>
    <message>
        <source>カードリーダーを使うためのソフト（pcscd）が応答しません。端末で「{restart}」を実行してから、もう一度お試しください。</source>
        <translation>The software card readers need (pcscd) does not answer. Run “{restart}” in a terminal, then try again.</translation>
    </message>
    <message>
        <source>%1の形式が正しくありません。何も送信していません。</source>
        <translation>The %1 is not in the right format. Nothing was sent to the card.</translation>
    </message>
    <message>
        <source>カードの操作に失敗しました。カードを置き直して、もう一度お試しください。</source>
        <translation>The card operation failed. Put the card back on the reader and try again.</translation>
    </message>
    <message>
        <source>パソコンのカードリーダー</source>
        <translation>Card reader on this computer</translation>
    </message>
    <message>
        <source>カードリーダー</source>
        <translation>Card reader</translation>
    </message>
    <message>
        <source>スマートフォンで読み取る方は、マイナアプリの案内どおりにカードをスマートフォンの裏にかざします。パソコンのカードリーダーは使いません。</source>
        <translation>If you read the card with a smartphone, hold the card against the back of the phone as the Myna app shows. You do not need a card reader on this computer.</translation>
    </message>
    <message>
        <source>たたむ</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>カードリーダーの表示をたたむ</source>
        <translation>Hide the card reader</translation>
    </message>
    <message>
        <source>カードリーダーを表示</source>
        <translation>Show the card reader</translation>
    </message>
    <message>
        <source>カードリーダーの状態と操作を表示する</source>
        <translation>Show the card reader’s state and actions</translation>
    </message>
    <message>
        <source>パスワードの残り回数</source>
        <translation>Password tries left</translation>
    </message>
    <message>
        <source>本人確認（利用者証明用）</source>
        <translation>Verify identity (user-authentication certificate)</translation>
    </message>
    <message>
        <source>署名用パスワードの確認</source>
        <translation>Check the signature password</translation>
    </message>
    <message>
        <source>券面事項入力補助用パスワードの確認</source>
        <translation>Check the card-information input password</translation>
    </message>
    <message>
        <source>基本4情報の読み取り</source>
        <translation>Read the basic four items (name, address, birth date, sex)</translation>
    </message>
    <message>
        <source>再診断</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>カードを読み取り中</source>
        <translation>Reading the card</translation>
    </message>
    <message>
        <source>カードを読み取っています。カードを抜かずにお待ちください…</source>
        <translation>Reading the card. Please leave it in the reader…</translation>
    </message>
    <message>
        <source>カードが抜かれたため、パスワードの入力を取り消しました。</source>
        <translation>The card was taken out, so the password entry was cancelled.</translation>
    </message>
    <message>
        <source>カードについてのお知らせ</source>
        <translation>Card messages</translation>
    </message>
    <message>
        <source>基本4情報（保存されません）</source>
        <translation>Basic four items (not saved)</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>生年月日</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>性別</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>個人番号</source>
        <translation>Individual number (My Number)</translation>
    </message>
    <message>
        <source>氏名をプロフィールにコピー</source>
        <translation>Copy the name to the profile</translation>
    </message>
    <message>
        <source>隠す</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>カードリーダーの状態</source>
        <translation>Card reader status</translation>
    </message>
    <message>
        <source>カードリーダーを確認しています…</source>
        <translation>Checking the card readers…</translation>
    </message>
    <message>
        <source>カードリーダーを使う準備ができていません</source>
        <translation>This computer is not ready to use a card reader</translation>
    </message>
    <message>
        <source>カードリーダーがつながっていません</source>
        <translation>No card reader is connected</translation>
    </message>
    <message>
        <source>カードをリーダーに置いてください</source>
        <translation>Place your card on the reader</translation>
    </message>
    <message>
        <source>マイナンバーカードではありません</source>
        <translation>This is not a My Number card</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした</source>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <source>ICカードリーダーをパソコンの USB 端子に差し込んでください。つなぐと、ここに自動で表示されます。スマートフォンでカードを読み取る場合は、この画面は使いません。</source>
        <translation>Plug the IC card reader into a USB port of this computer. It appears here by itself once connected. If you read your card with a smartphone, you do not need this panel.</translation>
    </message>
    <message>
        <source>マイナンバーカードをカードリーダーに置くと、自動で読み取ります。置くだけではパスワードは使わず、残り回数も減りません。</source>
        <translation>Place your My Number card on the card reader and it is read by itself. Placing it uses no password and leaves the tries left unchanged.</translation>
    </message>
    <message>
        <source>リーダーに置いたカードを確かめて、マイナンバーカードを置いてください。</source>
        <translation>Check the card on the reader and place your My Number card.</translation>
    </message>
    <message>
        <source>カードを置き直して、もう一度お試しください。</source>
        <translation>Place the card again and try again.</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>スマホ用電子証明書</source>
        <translation>smartphone certificate</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: %1で期限切れ</source>
        <translation>User-authentication certificate: expired on %1</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: %1まで（残り %2 日、早めに更新を）</source>
        <comment>one day</comment>
        <translation>User-authentication certificate: until %1 (%2 day left, renew it soon)</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: %1まで（残り %2 日、早めに更新を）</source>
        <translation>User-authentication certificate: until %1 (%2 days left, renew it soon)</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: %1まで有効</source>
        <translation>User-authentication certificate: valid until %1</translation>
    </message>
    <message>
        <source>%1: 残り回数を読み取れませんでした</source>
        <translation>%1: the tries left could not be read</translation>
    </message>
    <message>
        <source>%1: ロック中</source>
        <translation>%1: locked</translation>
    </message>
    <message>
        <source>%1: 残り 1 / %2 回（次に間違えるとロック）</source>
        <translation>%1: 1 of %2 tries left (a wrong entry locks it)</translation>
    </message>
    <message>
        <source>%1: 残り %3 / %2 回</source>
        <translation>%1: %3 of %2 tries left</translation>
    </message>
    <message>
        <source>%1・残り %2 回</source>
        <comment>one try</comment>
        <translation>%1 · %2 try left</translation>
    </message>
    <message>
        <source>%1・残り %2 回</source>
        <translation>%1 · %2 tries left</translation>
    </message>
    <message>
        <source>カードリーダーを確認中</source>
        <translation>Checking the card reader</translation>
    </message>
    <message>
        <source>カードリーダー: 準備ができていません</source>
        <translation>Card reader: not ready</translation>
    </message>
    <message>
        <source>カードリーダー: つながっていません</source>
        <translation>Card reader: not connected</translation>
    </message>
    <message>
        <source>カードリーダー: カードなし</source>
        <translation>Card reader: no card</translation>
    </message>
    <message>
        <source>利用者証明用パスワード</source>
        <translation>user-authentication password</translation>
    </message>
    <message>
        <source>署名用パスワード</source>
        <translation>signature password</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書が期限切れ</source>
        <translation>User-authentication certificate expired</translation>
    </message>
    <message>
        <source>%1がロック中</source>
        <translation>%1 is locked</translation>
    </message>
    <message>
        <source>%1は残り1回</source>
        <translation>%1: 1 try left</translation>
    </message>
    <message>
        <source>キャンセルしました。何も送信していません。</source>
        <translation>Cancelled. Nothing was sent to the card.</translation>
    </message>
    <message>
        <source>本人確認に成功しました。カードの署名を電子証明書で検証しました。</source>
        <translation>Identity verified. The card&apos;s signature was checked against its certificate.</translation>
    </message>
    <message>
        <source>%1は正しく入力できました。</source>
        <translation>The %1 was entered correctly.</translation>
    </message>
    <message>
        <source>男性</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女性</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>適用不能</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1はロックされています。</source>
        <translation>The %1 is locked.</translation>
    </message>
    <message>
        <source>基本4情報を読み取りました。この情報は保存されません。</source>
        <translation>The basic four items were read. They are not saved.</translation>
    </message>
    <message>
        <source>クリックすると、このページにカードリーダーを表示します</source>
        <translation>Click to show the card reader on this page</translation>
    </message>
    <message>
        <source>カードリーダー: %1</source>
        <translation>Card reader: %1</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateActions</name>
    <message>
        <source>カタログの更新を確認(&amp;U)…</source>
        <translation>Check for catalog &amp;updates…</translation>
    </message>
    <message>
        <source>署名付きの新しい証明書カタログがあるか、Myna Prep の配布元に問い合わせます</source>
        <translation>Asks the Myna Prep publisher whether a newer signed certificate catalog exists</translation>
    </message>
    <message>
        <source>起動時にカタログの更新を確認する</source>
        <translation>Check for catalog updates at start-up</translation>
    </message>
    <message>
        <source>オンにすると、起動のたびに配布元へ問い合わせます（個人の情報は送りません）</source>
        <translation>When on, asks the publisher at every start (no personal information is sent)</translation>
    </message>
    <message>
        <source>カタログの更新を中止し、今のカタログをそのまま使います。</source>
        <translation>The catalog update was cancelled; the current catalog stays in use.</translation>
    </message>
    <message>
        <source>証明書カタログを版 {version} に更新しました。</source>
        <translation>The certificate catalog was updated to version {version}.</translation>
    </message>
    <message>
        <source>証明書カタログは最新です（版 {version}）。</source>
        <translation>The certificate catalog is up to date (version {version}).</translation>
    </message>
    <message>
        <source>カタログの更新</source>
        <translation>Catalog update</translation>
    </message>
    <message>
        <source>証明書カタログの形式が正しくありません（{path}）: {detail}</source>
        <translation>The certificate catalog is not in the expected form ({path}). Details for its authors: {detail}</translation>
    </message>
    <message>
        <source>証明書カタログの形式が正しくありません: {detail}</source>
        <translation>The certificate catalog is not in the expected form. Details for its authors: {detail}</translation>
    </message>
    <message>
        <source>アプリに同梱</source>
        <translation>shipped with the app</translation>
    </message>
    <message>
        <source>更新版</source>
        <translation>update</translation>
    </message>
    <message>
        <source>更新の確認先が安全な https のアドレスではないため、接続しませんでした。</source>
        <translation>The update address is not a secure https address, so no connection was made.</translation>
    </message>
    <message>
        <source>更新の確認先に接続できなかったので、インターネット接続を確かめて、あとでもう一度お試しください。</source>
        <translation>Could not connect to the update address; please check the internet connection and try again later.</translation>
    </message>
    <message>
        <source>更新の確認先から時間内に応答がなかったので、あとでもう一度お試しください。</source>
        <translation>The update address did not answer in time; please try again later.</translation>
    </message>
    <message>
        <source>更新の確認先にカタログが見つかりませんでした。</source>
        <translation>No catalog was found at the update address.</translation>
    </message>
    <message>
        <source>更新の確認先でエラーが起きたので、あとでもう一度お試しください。</source>
        <translation>The update address reported an error; please try again later.</translation>
    </message>
    <message>
        <source>更新の確認先が別のサイトへ転送しようとしたため、中止しました。</source>
        <translation>The update address tried to send us to another site, so the update was stopped.</translation>
    </message>
    <message>
        <source>受け取ったカタログが大きすぎるため、使いませんでした。</source>
        <translation>The catalog received was too large and was not used.</translation>
    </message>
    <message>
        <source>受け取ったカタログの形式が読めないため、使いませんでした。</source>
        <translation>The catalog received could not be read and was not used.</translation>
    </message>
    <message>
        <source>受け取ったカタログの内容に誤りがあるため、使いませんでした。</source>
        <translation>The catalog received contains errors and was not used.</translation>
    </message>
    <message>
        <source>受け取ったカタログの署名が正しくないため、使いませんでした。</source>
        <translation>The catalog received has no valid signature and was not used.</translation>
    </message>
    <message>
        <source>受け取ったカタログが今お使いのものより古いため、使いませんでした。</source>
        <translation>The catalog received is older than the one in use and was not used.</translation>
    </message>
    <message>
        <source>受け取ったカタログに公式サイト以外のリンクが含まれているため、使いませんでした。</source>
        <translation>The catalog received contains a link to a non-official site and was not used.</translation>
    </message>
    <message>
        <source>新しいカタログを保存できなかったので、データフォルダの空き容量と書き込み権限を確かめてください。</source>
        <translation>The new catalog could not be saved; please check the free space and write permission of the data folder.</translation>
    </message>
    <message>
        <source>カタログの更新を確認できませんでした。</source>
        <translation>Could not check for catalog updates.</translation>
    </message>
</context>
<context>
    <name>CertificateForms</name>
    <message>
        <source>給与所得の源泉徴収票(平成28年以降用)</source>
        <translation>Salary withholding slip</translation>
    </message>
    <message>
        <source>給与所得の源泉徴収票(平成30年以降用)</source>
        <translation>Salary withholding slip</translation>
    </message>
    <message>
        <source>給与所得の源泉徴収票(令和2年以降用)</source>
        <translation>Salary withholding slip</translation>
    </message>
    <message>
        <source>給与所得の源泉徴収票(令和4年以降用)</source>
        <translation>Salary withholding slip</translation>
    </message>
    <message>
        <source>給与所得の源泉徴収票(令和5年以降用)</source>
        <translation>Salary withholding slip</translation>
    </message>
    <message>
        <source>生命保険料控除証明書</source>
        <translation>Life insurance premium deduction certificate</translation>
    </message>
    <message>
        <source>地震保険料控除証明書</source>
        <translation>Earthquake insurance premium deduction certificate</translation>
    </message>
    <message>
        <source>寄附金受領証明書</source>
        <translation>Donation receipt</translation>
    </message>
    <message>
        <source>寄附金受領証明書(複数寄附対応用)</source>
        <translation>Donation receipt (several donations)</translation>
    </message>
    <message>
        <source>寄附金受領証明書(令和3年分以降複数寄附対応用)</source>
        <translation>Donation receipt (several donations, 2021 onwards)</translation>
    </message>
    <message>
        <source>寄附金控除に関する証明書</source>
        <translation>Certificate for the donation deduction (annual statement)</translation>
    </message>
    <message>
        <source>国民年金保険料等控除証明書</source>
        <translation>National pension premium deduction certificate</translation>
    </message>
    <message>
        <source>小規模企業共済等掛金控除証明書</source>
        <translation>Small business mutual aid / iDeCo contribution deduction certificate</translation>
    </message>
</context>
<context>
    <name>CertificateImportAction</name>
    <message>
        <source>証明書ファイルを取り込む(&amp;I)…</source>
        <translation>&amp;Import certificate files…</translation>
    </message>
    <message>
        <source>受け取った電子的控除証明書等（XML）の署名を確認して取り込みます</source>
        <translation>Verify the signatures of electronic certificates you received (XML) and import them</translation>
    </message>
    <message>
        <source>証明書ファイルを取り込む</source>
        <translation>Import certificate files</translation>
    </message>
    <message>
        <source>電子的控除証明書等 (*.xml)</source>
        <translation>Electronic certificates (*.xml)</translation>
    </message>
</context>
<context>
    <name>CertificateItems</name>
    <message>
        <source>保険会社名</source>
        <translation>insurer</translation>
    </message>
    <message>
        <source>法人番号</source>
        <translation>corporate number</translation>
    </message>
    <message>
        <source>証明日</source>
        <translation>date of certification</translation>
    </message>
    <message>
        <source>契約者</source>
        <translation>policyholder</translation>
    </message>
    <message>
        <source>契約者名</source>
        <translation>policyholder</translation>
    </message>
    <message>
        <source>証明年</source>
        <translation>year certified</translation>
    </message>
    <message>
        <source>証明年分</source>
        <translation>tax year certified</translation>
    </message>
    <message>
        <source>証明年分１</source>
        <translation>tax year certified</translation>
    </message>
    <message>
        <source>証明年分２</source>
        <translation>tax year certified (2)</translation>
    </message>
    <message>
        <source>題</source>
        <translation>title</translation>
    </message>
    <message>
        <source>適用制度</source>
        <translation>scheme</translation>
    </message>
    <message>
        <source>証券番号</source>
        <translation>policy number</translation>
    </message>
    <message>
        <source>保険種類</source>
        <translation>type of insurance</translation>
    </message>
    <message>
        <source>契約日</source>
        <translation>contract date</translation>
    </message>
    <message>
        <source>被保険者</source>
        <translation>insured person</translation>
    </message>
    <message>
        <source>被保険者名</source>
        <translation>insured person</translation>
    </message>
    <message>
        <source>被保険者番号</source>
        <translation>insured person&apos;s number</translation>
    </message>
    <message>
        <source>払込方法</source>
        <translation>payment method</translation>
    </message>
    <message>
        <source>受取人</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <source>証明額</source>
        <translation>certified amount</translation>
    </message>
    <message>
        <source>証明額（12月期想定）</source>
        <translation>certified amount (projected to December)</translation>
    </message>
    <message>
        <source>旧制度</source>
        <translation>old scheme</translation>
    </message>
    <message>
        <source>新制度</source>
        <translation>new scheme</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>general</translation>
    </message>
    <message>
        <source>年金</source>
        <translation>pension</translation>
    </message>
    <message>
        <source>介護医療</source>
        <translation>medical and nursing care</translation>
    </message>
    <message>
        <source>保険料</source>
        <translation>premiums</translation>
    </message>
    <message>
        <source>配当金</source>
        <translation>dividends</translation>
    </message>
    <message>
        <source>差引保険料等合計額</source>
        <translation>net premiums</translation>
    </message>
    <message>
        <source>年間払込保険料（参考）</source>
        <translation>annual premiums (reference)</translation>
    </message>
    <message>
        <source>申告額（参考）</source>
        <translation>amount to declare (reference)</translation>
    </message>
    <message>
        <source>地震保険</source>
        <translation>earthquake insurance</translation>
    </message>
    <message>
        <source>地震保険料</source>
        <translation>earthquake insurance premiums</translation>
    </message>
    <message>
        <source>控除対象保険料</source>
        <translation>deductible premiums</translation>
    </message>
    <message>
        <source>旧長期損害保険</source>
        <translation>old long-term non-life insurance</translation>
    </message>
    <message>
        <source>旧長期損害保険料</source>
        <translation>old long-term non-life insurance premiums</translation>
    </message>
    <message>
        <source>寄附を受けた団体名等</source>
        <translation>recipient of the donation</translation>
    </message>
    <message>
        <source>寄附を受けた団体の所在地</source>
        <translation>recipient&apos;s address</translation>
    </message>
    <message>
        <source>受領年月日</source>
        <translation>date received</translation>
    </message>
    <message>
        <source>寄附者の氏名</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>寄附者氏名（一面）</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>寄附者氏名（二面）</source>
        <translation>donor</translation>
    </message>
    <message>
        <source>寄附者住所</source>
        <translation>donor&apos;s address</translation>
    </message>
    <message>
        <source>寄附金額</source>
        <translation>donation</translation>
    </message>
    <message>
        <source>寄附金の額</source>
        <translation>donation</translation>
    </message>
    <message>
        <source>年間寄附額</source>
        <translation>donations in the year</translation>
    </message>
    <message>
        <source>寄附の内訳（一面）</source>
        <translation>donations</translation>
    </message>
    <message>
        <source>寄附の内訳（二面）</source>
        <translation>donations</translation>
    </message>
    <message>
        <source>寄附年月日</source>
        <translation>date of donation</translation>
    </message>
    <message>
        <source>寄附の種類</source>
        <translation>kind of donation</translation>
    </message>
    <message>
        <source>寄附番号</source>
        <translation>donation number</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>name</translation>
    </message>
    <message>
        <source>証明書発行者名</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>証明書発行年月日</source>
        <translation>date of issue</translation>
    </message>
    <message>
        <source>被保険者氏名</source>
        <translation>insured person</translation>
    </message>
    <message>
        <source>被保険者住所</source>
        <translation>insured person&apos;s address</translation>
    </message>
    <message>
        <source>基礎年金番号等</source>
        <translation>basic pension number</translation>
    </message>
    <message>
        <source>納付済額</source>
        <translation>amount paid</translation>
    </message>
    <message>
        <source>見込額</source>
        <translation>amount expected</translation>
    </message>
    <message>
        <source>合計額</source>
        <translation>total</translation>
    </message>
    <message>
        <source>当年分</source>
        <translation>this year</translation>
    </message>
    <message>
        <source>翌年分</source>
        <translation>next year</translation>
    </message>
    <message>
        <source>翌々年分</source>
        <translation>the year after next</translation>
    </message>
    <message>
        <source>申告年分</source>
        <translation>tax year to declare</translation>
    </message>
    <message>
        <source>各年に分けて申告する場合の証明額</source>
        <translation>certified amounts when declared by year</translation>
    </message>
    <message>
        <source>発行者</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>発行団体</source>
        <translation>issuing body</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>name</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>address</translation>
    </message>
    <message>
        <source>掛金種別</source>
        <translation>kind of contribution</translation>
    </message>
    <message>
        <source>払込年分</source>
        <translation>year of payment</translation>
    </message>
    <message>
        <source>払込済額</source>
        <translation>amount paid</translation>
    </message>
    <message>
        <source>払込予定額</source>
        <translation>amount to be paid</translation>
    </message>
    <message>
        <source>金額</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>控除合計額</source>
        <translation>total deductible</translation>
    </message>
    <message>
        <source>前納減額金</source>
        <translation>prepayment discount</translation>
    </message>
    <message>
        <source>証明日/発行日</source>
        <translation>date of certification</translation>
    </message>
    <message>
        <source>年分</source>
        <translation>tax year</translation>
    </message>
    <message>
        <source>支払を受ける者</source>
        <translation>recipient of the payment</translation>
    </message>
    <message>
        <source>支払金額</source>
        <translation>amount paid</translation>
    </message>
    <message>
        <source>給与所得控除後の金額</source>
        <translation>income after the employment income deduction</translation>
    </message>
    <message>
        <source>所得控除の額の合計額</source>
        <translation>total income deductions</translation>
    </message>
    <message>
        <source>源泉徴収税額</source>
        <translation>tax withheld</translation>
    </message>
    <message>
        <source>税額</source>
        <translation>tax</translation>
    </message>
    <message>
        <source>内書</source>
        <translation>of which</translation>
    </message>
    <message>
        <source>支払者</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>氏名又は名称</source>
        <translation>name</translation>
    </message>
    <message>
        <source>備考</source>
        <translation>remarks</translation>
    </message>
    <message>
        <source>その他</source>
        <translation>other</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>マイナンバーカードを手元に用意した</source>
        <translation>I have my My Number card at hand</translation>
    </message>
    <message>
        <source>マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意した</source>
        <translation>I have a smartphone that reads the My Number card (or an IC card reader)</translation>
    </message>
    <message>
        <source>{{fact:app_name}}をダウンロードした</source>
        <translation>I downloaded the {{fact:app_name}}</translation>
    </message>
    <message>
        <source>マイナポータルの利用者登録をした</source>
        <translation>I registered as a Mynaportal user</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書パスワード（数字4桁）でログインできた</source>
        <translation>I could log in with the user-authentication certificate password (利用者証明用電子証明書パスワード, 4 digits)</translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページを開いた</source>
        <translation>I opened the 「確定申告の事前準備」 (tax-return preparation) page</translation>
    </message>
    <message>
        <source>取得したい証明書等の種類と発行する企業を選択した</source>
        <translation>I chose the certificate types I want and the companies that issue them</translation>
    </message>
    <message>
        <source>アカウント連携の際に「お知らせの受け取り」にチェックを入れた</source>
        <translation>I ticked 「お知らせの受け取り」 (receive notices) when linking the accounts</translation>
    </message>
    <message>
        <source>①「e-Taxからの情報取得を希望する」ボタンを押した</source>
        <translation>① I pressed the 「e-Taxからの情報取得を希望する」 (obtain information from e-Tax) button</translation>
    </message>
    <message>
        <source>②「カナ氏名」を入力した</source>
        <translation>② I entered my name in katakana (「カナ氏名」)</translation>
    </message>
    <message>
        <source>③マイナンバーカードを読み取った（券面事項入力補助用パスワード・数字4桁）</source>
        <translation>③ I read my My Number card (card-information input password, 券面事項入力補助用パスワード, 4 digits)</translation>
    </message>
    <message>
        <source>④マイナンバーカードを読み取った（署名用パスワード・英数字6〜16桁）</source>
        <translation>④ I read my My Number card (signature password, 署名用パスワード, 6–16 letters and digits)</translation>
    </message>
    <message>
        <source>「証明書の準備状況」で取得したい証明書等が「準備完了」であることを確認した</source>
        <translation>I checked in 「証明書の準備状況」 (certificate status) that my certificates show 「準備完了」 (ready)</translation>
    </message>
</context>
<context>
    <name>ChecklistActions</name>
    <message>
        <source>印刷プレビュー(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>チェックリストの印刷イメージを表示します</source>
        <translation>Show how the checklist will print</translation>
    </message>
    <message>
        <source>印刷(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>チェックリストを印刷します</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>PDFに書き出す(&amp;E)…</source>
        <translation>&amp;Export to PDF…</translation>
    </message>
    <message>
        <source>チェックリストをPDFファイルに保存します</source>
        <translation>Save the checklist as a PDF file</translation>
    </message>
    <message>
        <source>世帯全員のチェックリストにする(&amp;H)</source>
        <translation>Whole &amp;household</translation>
    </message>
    <message>
        <source>印刷とPDFに世帯の全員を含めます（1人ずつ新しいページから）</source>
        <translation>Print or export everyone in the household (each on a new page)</translation>
    </message>
    <message>
        <source>用紙サイズ(&amp;S)</source>
        <translation>Paper &amp;size</translation>
    </message>
    <message>
        <source>事前準備チェックリスト</source>
        <translation>Preparation checklist</translation>
    </message>
    <message>
        <source>チェックリストを印刷できませんでした。</source>
        <translation>The checklist could not be printed.</translation>
    </message>
    <message>
        <source>印刷プレビュー</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>チェックリストを印刷しました</source>
        <translation>The checklist was printed</translation>
    </message>
    <message>
        <source>PDFに書き出す</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <source>PDF ファイル (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>保存先が通常のファイルではないため、置き換えません。</source>
        <translation>The target is not a regular file (a link, a device …), so it is not replaced.</translation>
    </message>
    <message>
        <source>PDFを保存できませんでした。
{path}</source>
        <translation>The PDF could not be saved.
{path}</translation>
    </message>
    <message>
        <source>PDFを保存しました: {path}</source>
        <translation>PDF saved: {path}</translation>
    </message>
    <message>
        <source>チェックリストの内容を読み込めませんでした。</source>
        <translation>The checklist contents could not be loaded.</translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ja または en を指定してください</source>
        <translation>use ja or en</translation>
    </message>
    <message>
        <source>使い方: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>オプション</source>
        <translation>options</translation>
    </message>
    <message>
        <source>引数</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>このヘルプを表示して終了します</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: エラー: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>次の引数が必要です: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>認識できない引数です: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>引数 %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>選べない値です: %(value)r（次から選んでください: %(choices)s）</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>値を1つ指定してください</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>%(type)s として正しくない値です: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>引数 %s と同時には指定できません</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>マイナポータル連携 事前準備ナビ</source>
        <translation>Myna Prep: getting ready for マイナポータル連携 (Mynaportal linkage)</translation>
    </message>
    <message>
        <source>バージョンを表示して終了します</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>データベースとログを DIR に置きます</source>
        <translation>use DIR for the database and logs</translation>
    </message>
    <message>
        <source>表示の言語</source>
        <translation>user-interface language</translation>
    </message>
    <message>
        <source>明るい配色か暗い配色に固定します（既定: システムに合わせる。環境変数 MYNA_PREP_THEME）</source>
        <translation>force the light or dark palette (default: follow the system; env MYNA_PREP_THEME)</translation>
    </message>
    <message>
        <source>全ページを画面外で作り、結果を1行表示します（問題がなければ終了コード 0）</source>
        <translation>build every page offscreen, print one summary line, exit 0 when all is well</translation>
    </message>
    <message>
        <source>ページごとの PNG を DIR に書いて終了します</source>
        <translation>write one PNG per page into DIR and exit</translation>
    </message>
    <message>
        <source>ウィンドウを描いたら終了します（=loaded なら保存した進み具合を表示してから）</source>
        <translation>exit once the window has painted (or, with =loaded, shows the stored progress)</translation>
    </message>
    <message>
        <source>このステップのページを開きます（通知から開くとき）</source>
        <translation>Open on the page of this step (used by a reminder notification)</translation>
    </message>
    <message>
        <source>表示の言語（既定: システムに合わせる）</source>
        <translation>language of the output (default: follow the system)</translation>
    </message>
    <message>
        <source>世帯の記録を JSON のバックアップに書き出す／読み込む（秘密情報なし）</source>
        <translation>export or import the household as a JSON backup (no secrets)</translation>
    </message>
    <message>
        <source>世帯の記録を JSON に書き出す／JSON から読み込む（番号などの秘密情報は含みません）</source>
        <translation>Write the household&apos;s records to JSON or read them from JSON (numbers and other secrets are not included).</translation>
    </message>
    <message>
        <source>世帯の記録をすべて FILE に書き出します</source>
        <translation>write the whole household to FILE</translation>
    </message>
    <message>
        <source>FILE があれば上書きします</source>
        <translation>overwrite FILE if it exists</translation>
    </message>
    <message>
        <source>世帯の記録を FILE の内容で置き換えます</source>
        <translation>replace the household with the contents of FILE</translation>
    </message>
    <message>
        <source>{count} 人分の記録を {path} に書き出しました。</source>
        <translation>Wrote the records of {count} people to {path}.</translation>
    </message>
    <message>
        <source>{path} から {count} 人分の記録を読み込みました。</source>
        <translation>Read the records of {count} people from {path}.</translation>
    </message>
    <message>
        <source>印刷用の事前準備チェックリストを PDF に書き出します</source>
        <translation>write the printable preparation checklist as a PDF</translation>
    </message>
    <message>
        <source>事前準備チェックリスト（手順ごとのチェック・証明書等・連携・QRコード）をPDFに書き出します</source>
        <translation>Write the preparation checklist (ticks per step, certificates, linkages, QR codes) as a PDF.</translation>
    </message>
    <message>
        <source>書き出す PDF ファイル</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>電子的控除証明書等（e-Tax の XML）の署名を確認し、取り込みます</source>
        <translation>verify or import electronic certificates (e-Tax XML)</translation>
    </message>
    <message>
        <source>電子的控除証明書等（XML）の署名を確認し、取り込みます</source>
        <translation>Verify the signatures of electronic deduction certificates (XML) and import them</translation>
    </message>
    <message>
        <source>FILE の署名を確認します（何も変更しません）</source>
        <translation>verify the signatures of FILEs (changes nothing)</translation>
    </message>
    <message>
        <source>JSON の配列を1つ標準出力に書きます</source>
        <translation>print one JSON array on stdout</translation>
    </message>
    <message>
        <source>FILE の署名を確認し、確認できたものをプロフィールに取り込みます</source>
        <translation>verify FILEs and keep the valid ones for a profile</translation>
    </message>
    <message>
        <source>プロフィールの表示名（既定: 本人）</source>
        <translation>the profile&apos;s display name (default: the filer, 本人)</translation>
    </message>
    <message>
        <source>年分: {year}</source>
        <translation>For: {year}</translation>
    </message>
    <message>
        <source>発行者: {issuer}</source>
        <translation>issuer: {issuer}</translation>
    </message>
    <message>
        <source>対象者: {person}</source>
        <translation>person: {person}</translation>
    </message>
    <message>
        <source>署名者: {subject}</source>
        <translation>signer: {subject}</translation>
    </message>
    <message>
        <source>{year}の証明書です（今回の申告は{target}）。</source>
        <translation>This certificate is for {year} (this filing is for {target}).</translation>
    </message>
    <message>
        <source>プランの「{type}（{issuer}）」は、{label}になりました。</source>
        <translation>In the plan, &quot;{type} ({issuer})&quot; is now {label}.</translation>
    </message>
    <message>
        <source>プランにない証明書等です。アプリの「準備完了」でプランに追加できます。</source>
        <translation>This certificate is not in the plan; add it on the app&apos;s Ready page.</translation>
    </message>
    <message>
        <source>{file}: 取り込みませんでした。{message}</source>
        <translation>{file}: not imported. {message}</translation>
    </message>
    <message>
        <source>{file}: 取り込みました（{what}）。</source>
        <translation>{file}: imported ({what}).</translation>
    </message>
    <message>
        <source>{file}: 取り込み済みです（{what}）。</source>
        <translation>{file}: already imported ({what}).</translation>
    </message>
    <message>
        <source>世帯の全員分</source>
        <translation>every member of the household</translation>
    </message>
    <message>
        <source>FILE があれば置き換えます</source>
        <translation>replace FILE if it exists</translation>
    </message>
    <message>
        <source>この日付の時点で作ります（サポートとテスト用。既定: 今日）</source>
        <translation>make the checklist as of this date (support and tests; default: today)</translation>
    </message>
    <message>
        <source>「{path}」の場所にアクセスする権限がないため、書き出していません。</source>
        <translation>You have no permission to reach &quot;{path}&quot;, so nothing was written.</translation>
    </message>
    <message>
        <source>「{path}」は通常のファイルではない（リンク、デバイス、FIFO など）ため、書き出していません。</source>
        <translation>&quot;{path}&quot; is not a regular file (a link, device, FIFO …), so nothing was written.</translation>
    </message>
    <message>
        <source>「{path}」はすでにあるため、上書きしませんでした（上書きするには --force を付けてください）。</source>
        <translation>&quot;{path}&quot; already exists, so it was not replaced (add --force to replace it).</translation>
    </message>
    <message>
        <source>--profile と --household は同時に指定できません。</source>
        <translation>--profile and --household cannot be used together.</translation>
    </message>
    <message>
        <source>保存先がフォルダです。ファイル名を指定してください: {path}</source>
        <translation>The target is a folder; give a file name: {path}</translation>
    </message>
    <message>
        <source>用紙の大きさ（既定: 地域の設定に合わせて A4 か Letter）</source>
        <translation>paper size (default: A4 or Letter, as usual where you live)</translation>
    </message>
    <message>
        <source>保存先のフォルダがありません: {folder}</source>
        <translation>The folder does not exist: {folder}</translation>
    </message>
    <message>
        <source>プロフィール「{name}」は登録されていません（登録済み: {known}）。</source>
        <translation>There is no profile named &quot;{name}&quot; (known: {known}).</translation>
    </message>
    <message>
        <source>PDFの作成に必要なQt（PySide6）を読み込めません: {reason}</source>
        <translation>Qt (PySide6), needed to make the PDF, could not be loaded: {reason}</translation>
    </message>
    <message>
        <source>PDFを書き込めません: {path}（{reason}）</source>
        <translation>Cannot write the PDF: {path} ({reason})</translation>
    </message>
    <message>
        <source>PDFを作成できませんでした: {reason}</source>
        <translation>The PDF could not be made: {reason}</translation>
    </message>
    <message>
        <source>{path} に書き出しました（{pages}ページ）</source>
        <translation>Wrote {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>カードリーダーとマイナンバーカードを診断します（試行回数は減りません）</source>
        <translation>diagnose the card reader and the My Number card without spending a try</translation>
    </message>
    <message>
        <source>カードリーダーとマイナンバーカードを診断します（パスワードの試行回数は減りません）。</source>
        <translation>Diagnose the card reader and the My Number card (no password try is spent).</translation>
    </message>
    <message>
        <source>証明書カタログを表示または更新します</source>
        <translation>show or update the certificate catalog</translation>
    </message>
    <message>
        <source>証明書カタログの版を表示する／署名付きの更新を確認する</source>
        <translation>Show the certificate catalog&apos;s version, or look for a signed update.</translation>
    </message>
    <message>
        <source>使用中のカタログの版・入手元・sha256</source>
        <translation>version, source and sha256 of the catalog in use</translation>
    </message>
    <message>
        <source>JSON を1つ標準出力に書きます</source>
        <translation>print one JSON object on stdout</translation>
    </message>
    <message>
        <source>署名付きの新しいカタログを受け取ります（https）</source>
        <translation>fetch a newer signed catalog (https)</translation>
    </message>
    <message>
        <source>配布元の代わりにこのアドレスに問い合わせます（https。http は 127.0.0.1 だけ）</source>
        <translation>ask this address instead of the project&apos;s (https; plain http only for 127.0.0.1)</translation>
    </message>
    <message>
        <source>版 {version}（{source}）</source>
        <translation>version {version} ({source})</translation>
    </message>
    <message>
        <source>自動で選ばずに、このカードリーダーを使います</source>
        <translation>use this reader instead of choosing one</translation>
    </message>
    <message>
        <source>プロフィールの事前準備プランを表示します</source>
        <translation>print the preparation plan of a profile</translation>
    </message>
    <message>
        <source>プロフィールの事前準備プラン（連携・発行元ごとの手続・準備状況・次にすること）を表示します</source>
        <translation>Print a profile&apos;s preparation plan (linkages, tasks per issuer, readiness, what to do next).</translation>
    </message>
    <message>
        <source>この日付の時点で計算します（サポートとテスト用。既定: 今日）</source>
        <translation>compute the plan as of this date (support and tests; default: today)</translation>
    </message>
    <message>
        <source>なし</source>
        <translation>none</translation>
    </message>
    <message>
        <source>申告期間: {start} 〜 {end}（残り{days}日）</source>
        <comment>one day</comment>
        <translation>Filing period: {start} – {end} ({days} day left)</translation>
    </message>
    <message>
        <source>申告期間: {start} 〜 {end}（残り{days}日）</source>
        <translation>Filing period: {start} – {end} ({days} days left)</translation>
    </message>
    <message>
        <source>次にすること: {action}</source>
        <translation>Next: {action}</translation>
    </message>
    <message>
        <source>準備状況: {summary}</source>
        <translation>Ready: {summary}</translation>
    </message>
    <message>
        <source>必要</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>不要</source>
        <translation>no</translation>
    </message>
    <message>
        <source>STEP5: {needed}</source>
        <translation>STEP5 needed: {needed}</translation>
    </message>
    <message>
        <source>証明書等:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <source>{type}（{issuer}）</source>
        <translation>{type} ({issuer})</translation>
    </message>
    <message>
        <source>連携済み・データ待ち</source>
        <translation>linked, waiting for the data</translation>
    </message>
    <message>
        <source>、{expected}頃から</source>
        <translation>, from about {expected}</translation>
    </message>
    <message>
        <source>（{wait}）</source>
        <translation> ({wait})</translation>
    </message>
    <message>
        <source>プロフィールがまだ登録されていません。アプリを起動して登録してください。</source>
        <translation>No profile has been registered yet. Start the app and add one.</translation>
    </message>
    <message>
        <source>再確認の日と申告期間をカレンダーに書き出し、今日の分を知らせます</source>
        <translation>Write the follow-up dates and the filing period to a calendar file, and tell what is due today</translation>
    </message>
    <message>
        <source>再確認の日（証明書等・連携・発行元の手続・代理人設定の期限）と申告期間を、カレンダーファイルに書き出すか、今日確かめることを表示・通知します</source>
        <translation>Writes the follow-up dates (certificates, linkages, issuer steps, the end of a delegate setting) and the filing period to a calendar file, or shows or notifies what to check today</translation>
    </message>
    <message>
        <source>カレンダーファイル（iCalendar .ics）に書き出します</source>
        <translation>Write a calendar file (iCalendar .ics)</translation>
    </message>
    <message>
        <source>今日まで（期限を過ぎたものも）の再確認を表示します</source>
        <translation>Show the follow-ups due today or earlier</translation>
    </message>
    <message>
        <source>今日確かめることをデスクトップに通知します</source>
        <translation>Show a desktop notification of what to check today</translation>
    </message>
    <message>
        <source>ログイン時に知らせる設定をオンまたはオフにします</source>
        <translation>Turn the notification at login on or off</translation>
    </message>
    <message>
        <source>このプロフィールの分だけ（既定: 世帯全員）</source>
        <translation>Only this profile (default: the whole household)</translation>
    </message>
    <message>
        <source>カレンダーファイルを書き込めません: {path}（{reason}）</source>
        <translation>Cannot write the calendar file: {path} ({reason})</translation>
    </message>
    <message>
        <source>{path} に書き出しました（予定{n}件）</source>
        <translation>Wrote {path} ({n} events)</translation>
    </message>
    <message>
        <source>今日確かめることはありません。</source>
        <translation>Nothing to check today.</translation>
    </message>
    <message>
        <source>{date}  {text}（{step}）</source>
        <translation>{date}  {text} ({step})</translation>
    </message>
    <message>
        <source>開く</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>通知を表示できませんでした: {reason}</source>
        <translation>Could not show the notification: {reason}</translation>
    </message>
    <message>
        <source>ログイン時に知らせます: {path}</source>
        <translation>You will be notified at login: {path}</translation>
    </message>
    <message>
        <source>ログイン時のお知らせをやめました。</source>
        <translation>The notification at login is off.</translation>
    </message>
    <message>
        <source>ログイン時のお知らせを設定できませんでした: {reason}</source>
        <translation>Could not change the notification at login: {reason}</translation>
    </message>
</context>
<context>
    <name>Delegation</name>
    <message>
        <source>代理権限の有効期間がまだ記録されていません。マイナポータルで入力した日付を入れてください。</source>
        <translation>The validity of the delegation is not recorded yet. Enter the dates you entered on Mynaportal.</translation>
    </message>
    <message>
        <source>代理権限の有効期間は {end} に終わっています。マイナポータルで代理人設定をやり直し、新しい有効期間を記録してください。</source>
        <translation>The validity of the delegation ended on {end}. Set up the delegate settings on Mynaportal again and record the new validity.</translation>
    </message>
    <message>
        <source>有効期間が{year}の申告期間（{start}〜{end}）を含んでいません。申告する日に代理人としてデータを取得できるよう、有効期間を見直してください。</source>
        <translation>The validity does not cover the filing period of {year} ({start} to {end}). Change the validity so that the delegate can obtain the data on the day of filing.</translation>
    </message>
    <message>
        <source>医療費通知情報は、代理人設定だけで取得できます。{items}は、ご家族がご自身のマイナンバーカードで申告する方と同じ事前準備を済ませると、「外部サイトへのお知らせ情報提供サービス」の委任を受けて取得できます。</source>
        <translation>The medical-expense notices come with the delegation alone. {items} come once the family member has done the same preparation as the filer with their own My Number card, through the delegation of 「外部サイトへのお知らせ情報提供サービス」 (notices service).</translation>
    </message>
    <message>
        <source>{items}を代理で取得するには、「外部サイトへのお知らせ情報提供サービス」の委任も受けてください。</source>
        <translation>To obtain {items} as the delegate, also accept 「外部サイトへのお知らせ情報提供サービス」 (notices service).</translation>
    </message>
    <message>
        <source>、有効期間 {start}〜{end}</source>
        <translation>, valid {start} to {end}</translation>
    </message>
    <message>
        <source>{delegator} → 代理人 {delegate}（{relation}）{period}</source>
        <translation>{delegator} → delegate {delegate} ({relation}){period}</translation>
    </message>
    <message>
        <source>代理権限の有効期間は {end} に終わります（あと {days} 日）。</source>
        <translation>The validity of the delegation ends on {end} ({days} day(s) left).</translation>
    </message>
    <message>
        <source>医療費通知情報を代理で取得するには、「外部サイトへの医療費通知情報提供サービス」の委任を受けてください。</source>
        <translation>To obtain the medical-expense notices as the delegate, accept 「外部サイトへの医療費通知情報提供サービス」 (medical-expense notices to external sites).</translation>
    </message>
    <message>
        <source>{name}は代理人設定で医療費通知情報を任せるだけなので、証明書等を選ぶ必要はありません。代理人設定の手順を進めましょう。</source>
        <translation>{name} only hands over the medical-expense notices through delegate settings, so there are no certificates to choose. Go on with the delegate settings steps.</translation>
    </message>
</context>
<context>
    <name>DiagramActions</name>
    <message>
        <source>全体図(&amp;O)</source>
        <translation>&amp;Overview diagram</translation>
    </message>
    <message>
        <source>全体図を拡大</source>
        <translation>Zoom in on the diagram</translation>
    </message>
    <message>
        <source>全体図を縮小</source>
        <translation>Zoom out of the diagram</translation>
    </message>
    <message>
        <source>全体図を幅に合わせる</source>
        <translation>Fit the diagram to the width</translation>
    </message>
    <message>
        <source>全体図を PNG で書き出す…</source>
        <translation>Export the diagram as PNG…</translation>
    </message>
    <message>
        <source>全体図を SVG で書き出す…</source>
        <translation>Export the diagram as SVG…</translation>
    </message>
    <message>
        <source>全体図を書き出す</source>
        <translation>Export the diagram</translation>
    </message>
    <message>
        <source>PNG 画像 (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>SVG 画像 (*.svg)</source>
        <translation>SVG image (*.svg)</translation>
    </message>
    <message>
        <source>事前準備の全体図</source>
        <translation>Overview of the preparation</translation>
    </message>
    <message>
        <source>全体図を書き出せませんでした: {name}</source>
        <translation>Could not export the diagram: {name}</translation>
    </message>
    <message>
        <source>全体図を書き出しました: {name}</source>
        <translation>Diagram exported: {name}</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>スマホ用電子証明書</source>
        <translation>smartphone JPKI</translation>
    </message>
    <message>
        <source>マイナンバーカードではないカード</source>
        <translation>not a My Number card</translation>
    </message>
    <message>
        <source>Myna Prep カード診断</source>
        <translation>Myna Prep card check</translation>
    </message>
    <message>
        <source>動作中</source>
        <translation>running</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>not running</translation>
    </message>
    <message>
        <source>応答なし</source>
        <translation>not answering</translation>
    </message>
    <message>
        <source>カードリーダー:</source>
        <translation>Card readers:</translation>
    </message>
    <message>
        <source>（なし）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>カードあり</source>
        <translation>card present</translation>
    </message>
    <message>
        <source>カードなし</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>カード: {kind} ({reader})</source>
        <translation>Card: {kind} ({reader})</translation>
    </message>
    <message>
        <source>カードリーダーのサービス: {state}</source>
        <translation>Card reader service: {state}</translation>
    </message>
    <message>
        <source>{until}で期限切れ</source>
        <translation>expired on {until}</translation>
    </message>
    <message>
        <source>{until}まで（残り {days} 日）</source>
        <comment>one day</comment>
        <translation>valid until {until} ({days} day left)</translation>
    </message>
    <message>
        <source>{until}まで（残り {days} 日）</source>
        <translation>valid until {until} ({days} days left)</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書: {state}</source>
        <translation>Authentication certificate: {state}</translation>
    </message>
    <message>
        <source>パスワードの残り回数:</source>
        <translation>Password tries left:</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source> （ロック中）</source>
        <translation> (locked)</translation>
    </message>
    <message>
        <source>確認してください:</source>
        <translation>Please check:</translation>
    </message>
    <message>
        <source>問題は見つかりませんでした。</source>
        <translation>No problems found.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>予期しないエラー</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>予期しないエラーが発生しました。記録した内容は保存されています。問題が続く場合は、下の報告をコピーしてお問い合わせください（個人情報は含まれません）。</source>
        <translation>An unexpected error occurred. What you recorded has been saved. If the problem continues, copy the report below and send it with your question (it contains no personal information).</translation>
    </message>
    <message>
        <source>エラー報告</source>
        <translation>Error report</translation>
    </message>
    <message>
        <source>お問い合わせの際にコピーして送る報告です（読み取り専用）</source>
        <translation>The report to copy and send with your question (read-only)</translation>
    </message>
    <message>
        <source>報告をコピー(&amp;C)</source>
        <translation>&amp;Copy report</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>場所(&amp;L):</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>ファイル名(&amp;N):</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>ファイルの種類(&amp;T):</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>ICカードリーダー</source>
        <translation>IC card reader</translation>
    </message>
    <message>
        <source>スマートフォン</source>
        <translation>Smartphone</translation>
    </message>
    <message>
        <source>名前（例: 山田 花子）</source>
        <translation>Name (e.g. Hanako Yamada)</translation>
    </message>
    <message>
        <source>ご本人の名前</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>家族の名前</source>
        <translation>Family member&apos;s name</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>はじめの設定</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>このアプリは、確定申告の前にマイナポータルで済ませておく準備を、ご家族一人ずつ順番に案内して記録します。</source>
        <translation>This app guides you, one family member at a time, through the preparations to finish in Mynaportal before filing your tax return, and keeps a record of them.</translation>
    </message>
    <message>
        <source>3つだけ確認します。どれも後から変えられます。この設定はヘルプメニューからもう一度開けます。</source>
        <translation>Three short questions. You can change every answer later, and open this setup again from the Help menu.</translation>
    </message>
    <message>
        <source>1. ご家族</source>
        <translation>1. Your household</translation>
    </message>
    <message>
        <source>事前準備をする人を入力してください（ご本人だけでもかまいません）。</source>
        <translation>Enter the people who are preparing (just yourself is fine).</translation>
    </message>
    <message>
        <source>登録済み: {names}</source>
        <translation>Already added: {names}</translation>
    </message>
    <message>
        <source>家族を追加(&amp;A)</source>
        <translation>&amp;Add a family member</translation>
    </message>
    <message>
        <source>2. カードを読み取る機器</source>
        <translation>2. The device that reads the card</translation>
    </message>
    <message>
        <source>パソコンにつないだICカードリーダーか、カードを読み取れるスマートフォンを使います。</source>
        <translation>Use an IC card reader connected to this computer, or a smartphone that can read the card.</translation>
    </message>
    <message>
        <source>カードを読み取る機器</source>
        <translation>Device that reads the card</translation>
    </message>
    <message>
        <source>3. カードの確認（任意）</source>
        <translation>3. Check your card (optional)</translation>
    </message>
    <message>
        <source>カードを確認する(&amp;C)…</source>
        <translation>&amp;Check the card…</translation>
    </message>
    <message>
        <source>リーダーにカードを置くと、暗証番号を使わずに読み取れるか確かめます。</source>
        <translation>Put the card on the reader: the app checks that it can be read, without using a password.</translation>
    </message>
    <message>
        <source>カードの確認は、カードリーダーの画面が用意できてから行えます。</source>
        <translation>The card check is available once the card reader panel has started.</translation>
    </message>
    <message>
        <source>あとで(&amp;L)</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>設定する(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>はじめの設定を保存しました</source>
        <translation>Setup saved</translation>
    </message>
    <message>
        <source>カードを読み取る機器(&amp;D)</source>
        <translation>Card-reading &amp;device</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>マイナンバー総合フリーダイヤル（無料）: {number}</source>
        <translation>My Number general toll-free line (マイナンバー総合フリーダイヤル, free): {number}</translation>
    </message>
    <message>
        <source>・マイナンバーカードについて: 音声ガイダンス {n}</source>
        <translation>• About the My Number card: voice guidance option {n}</translation>
    </message>
    <message>
        <source>・マイナポータルについて: 音声ガイダンス {n}</source>
        <translation>• About Mynaportal: voice guidance option {n}</translation>
    </message>
    <message>
        <source>確定申告の内容そのものは、税務署や国税庁の案内をご利用ください。</source>
        <translation>For questions about the tax return itself, use the tax office or the National Tax Agency&apos;s guidance.</translation>
    </message>
    <message>
        <source>（{date}にデジタル庁のページで確認）</source>
        <translation>(checked on the Digital Agency&apos;s page on {date})</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp</translation>
    </message>
    <message>
        <source>次のステップ / 前のステップ</source>
        <translation>Next step / previous step</translation>
    </message>
    <message>
        <source>Alt+1 〜 Alt+8</source>
        <translation>Alt+1 to Alt+8</translation>
    </message>
    <message>
        <source>そのステップを開く</source>
        <translation>Open that step</translation>
    </message>
    <message>
        <source>Alt+0</source>
        <translation>Alt+0</translation>
    </message>
    <message>
        <source>ステップ一覧へ移動</source>
        <translation>Go to the step list</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>次の項目 / 前の項目</source>
        <translation>Next field / previous field</translation>
    </message>
    <message>
        <source>Space / Enter</source>
        <translation>Space / Enter</translation>
    </message>
    <message>
        <source>ボタンを押す・チェックを入れる</source>
        <translation>Press a button, tick a box</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>チェックリストを印刷</source>
        <translation>Print the checklist</translation>
    </message>
    <message>
        <source>Ctrl+= / Ctrl+- / Ctrl+0</source>
        <translation>Ctrl+= / Ctrl+- / Ctrl+0</translation>
    </message>
    <message>
        <source>文字を大きく / 小さく / 標準に</source>
        <translation>Larger / smaller / standard text</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>削除を元に戻す / やり直す（家族や証明書等の削除だけ。チェックや状況は、選び直して直します）</source>
        <translation>Undo / redo a removal (only removed family members and certificates; to change a tick or a status, choose again)</translation>
    </message>
    <message>
        <source>このページにカードリーダーを表示</source>
        <translation>Show the card reader on this page</translation>
    </message>
    <message>
        <source>このアプリのガイド(&amp;G)</source>
        <translation>This app&apos;s &amp;guide</translation>
    </message>
    <message>
        <source>マイナポータルのよくあるご質問（公式）(&amp;F)</source>
        <translation>Mynaportal &amp;FAQ (official)</translation>
    </message>
    <message>
        <source>電話で問い合わせる（フリーダイヤル）(&amp;T)…</source>
        <translation>Ask by &amp;telephone (toll-free)…</translation>
    </message>
    <message>
        <source>キーボード操作の一覧(&amp;K)…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>はじめの設定をやり直す(&amp;S)…</source>
        <translation>Run the first-time &amp;setup again…</translation>
    </message>
    <message>
        <source>電話での問い合わせ</source>
        <translation>Ask by telephone</translation>
    </message>
    <message>
        <source>公式ページを開く</source>
        <translation>Open the official page</translation>
    </message>
    <message>
        <source>キーボード操作の一覧</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>IssuerNumbers</name>
    <message>
        <source>番号を入力してください。</source>
        <translation>Enter the number.</translation>
    </message>
    <message>
        <source>番号は保存されませんでした。</source>
        <translation>The number was not saved.</translation>
    </message>
    <message>
        <source>この発行企業の番号は記録されていません。</source>
        <translation>No number is remembered for this issuer.</translation>
    </message>
    <message>
        <source>番号を読み出せませんでした。</source>
        <translation>The number could not be read.</translation>
    </message>
    <message>
        <source>キーチェーンにこの番号が見つかりませんでした（必要ならもう一度記録してください）。</source>
        <translation>This number was not found in the keychain (remember it again if you need it).</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>完了</source>
        <translation>完了 (complete)</translation>
    </message>
    <message>
        <source>未完了</source>
        <translation>未完了 (incomplete)</translation>
    </message>
    <message>
        <source>確認</source>
        <translation>確認 (check)</translation>
    </message>
    <message>
        <source>準備完了</source>
        <translation>準備完了 (ready)</translation>
    </message>
    <message>
        <source>処理中</source>
        <translation>処理中 (processing)</translation>
    </message>
    <message>
        <source>未記載</source>
        <translation>未記載 (not listed)</translation>
    </message>
    <message>
        <source>e-私書箱</source>
        <translation>e-私書箱 (e-Shishobako)</translation>
    </message>
    <message>
        <source>MyPost</source>
        <translation>MyPost</translation>
    </message>
    <message>
        <source>民間送達・e-Tax連携サービス</source>
        <translation>民間送達・e-Tax連携サービス (private delivery and e-Tax linkage service)</translation>
    </message>
    <message>
        <source>ねんきんネット</source>
        <translation>ねんきんネット (Nenkin Net)</translation>
    </message>
    <message>
        <source>e-Tax</source>
        <translation>e-Tax</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>言語 / Language(&amp;L)</source>
        <translation>&amp;Language / 言語</translation>
    </message>
    <message>
        <source>システムに合わせる</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>日本語の環境では日本語、それ以外では英語で表示します</source>
        <translation>Japanese on a Japanese system, English otherwise</translation>
    </message>
</context>
<context>
    <name>LockRecovery</name>
    <message>
        <source>券面事項入力補助用パスワードは、お住まいの市区町村の窓口で再設定します（コンビニでは再設定できません）。</source>
        <translation>The card-information input password is reset at your municipal counter (convenience stores cannot reset it).</translation>
    </message>
    <message>
        <source>署名用パスワード（英数字6〜16桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを設定します。分からないときは、お住まいの市区町村の窓口で再設定します。</source>
        <translation>If you know the signature password (6–16 letters and digits), you can reset it without going to the counter: book the reset in the smartphone app {app}, then, {window}, set a new password at a kiosk at {stores} ({hours}). Otherwise, reset it at your municipal counter.</translation>
    </message>
    <message>
        <source>利用者証明用パスワード（数字4桁）が分かれば、窓口に行かずに再設定できます。スマートフォンの「{app}」アプリで予約し、その{window}に{stores}のキオスク端末（{hours}）で新しいパスワードを設定します。ただしそれは署名用電子証明書が有効で、引越しや結婚などで住所・氏名が変わっていないときだけです。そうでないとき、又は利用者証明用パスワードも分からないときは、お住まいの市区町村の窓口で手続します。</source>
        <translation>If you know the 4-digit user-authentication password, you can reset it without going to the counter: book the reset in the smartphone app {app}, then, {window}, set a new password at a kiosk at {stores} ({hours}). This works only while the signature certificate is valid and your address and name have not changed (a move or a change of name voids it). Otherwise, or if you do not know the user-authentication password either, go to your municipal counter.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>マイナポータル連携 事前準備ナビ</source>
        <translation>Mynaportal Linkage Preparation Guide</translation>
    </message>
    <message>
        <source>ステップ一覧</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>お知らせ</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>上下の矢印キーでステップを選びます</source>
        <translation>Choose a step with the up and down arrow keys</translation>
    </message>
    <message>
        <source>&lt; 戻る(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>前のステップへ戻る</source>
        <translation>Back to the previous step</translation>
    </message>
    <message>
        <source>前のステップ (Ctrl+PgUp)</source>
        <translation>Previous step (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>次へ(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>次のステップへ進む</source>
        <translation>On to the next step</translation>
    </message>
    <message>
        <source>次のステップ (Ctrl+PgDown)</source>
        <translation>Next step (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>終了(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>表示(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>前のステップ(&amp;P)</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>次のステップ(&amp;N)</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>ステップ一覧へ移動(&amp;S)</source>
        <translation>Go to the &amp;step list</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>ログフォルダを開く(&amp;L)</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>Myna Prep について(&amp;A)</source>
        <translation>&amp;About Myna Prep</translation>
    </message>
    <message>
        <source>ステップ一覧を閉じる</source>
        <translation>Close the list of steps</translation>
    </message>
    <message>
        <source>ステップ一覧を開く</source>
        <translation>Open the list of steps</translation>
    </message>
    <message>
        <source>準備</source>
        <comment>rail</comment>
        <translation>Rdy</translation>
    </message>
    <message>
        <source>代理</source>
        <comment>rail</comment>
        <translation>Dlg</translation>
    </message>
    <message>
        <source>進み具合 {done}/{total}</source>
        <translation>Progress {done}/{total}</translation>
    </message>
    <message>
        <source>{total} ステップのうち {done} ステップが済んでいます</source>
        <translation>{done} of {total} steps are done</translation>
    </message>
    <message>
        <source>ステップ</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>リンクを開けません</source>
        <translation>Cannot open the link</translation>
    </message>
    <message>
        <source>このリンクは公式サイトのものではないため開きません。
{url}</source>
        <translation>This link is not to an official site, so it is not opened.
{url}</translation>
    </message>
    <message>
        <source>公式サイト以外のリンクは開きません</source>
        <translation>Links to sites other than the official ones are not opened</translation>
    </message>
    <message>
        <source>ブラウザで開きました: {url}</source>
        <translation>Opened in your browser: {url}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>番号を表示する(&amp;S)</source>
        <translation>&amp;Show the number</translation>
    </message>
    <message>
        <source>番号を伏せずに表示する</source>
        <translation>Show the number unmasked</translation>
    </message>
</context>
<context>
    <name>NumberRow</name>
    <message>
        <source>番号: 記録済み</source>
        <translation>Number: remembered</translation>
    </message>
    <message>
        <source>{issuer}の番号は記録済みです</source>
        <translation>The number for {issuer} is remembered</translation>
    </message>
    <message>
        <source>番号を記録…</source>
        <translation>Remember number…</translation>
    </message>
    <message>
        <source>{issuer}の番号を記録する</source>
        <translation>Remember the number for {issuer}</translation>
    </message>
    <message>
        <source>手続で使う番号を OS のキーチェーンに記録します（保存データには入りません）</source>
        <translation>Remember the number this procedure needs in the system keychain (it is not put in the saved data)</translation>
    </message>
    <message>
        <source>表示…</source>
        <translation>Show…</translation>
    </message>
    <message>
        <source>{issuer}の番号を表示する</source>
        <translation>Show the number for {issuer}</translation>
    </message>
    <message>
        <source>コピー</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>{issuer}の番号をクリップボードにコピーする</source>
        <translation>Copy the number for {issuer} to the clipboard</translation>
    </message>
    <message>
        <source>記録を消す…</source>
        <translation>Forget…</translation>
    </message>
    <message>
        <source>{issuer}の番号の記録を消す</source>
        <translation>Forget the number for {issuer}</translation>
    </message>
    <message>
        <source>番号を記録しました</source>
        <translation>Remembered the number</translation>
    </message>
    <message>
        <source>番号をクリップボードにコピーしました（しばらくすると消えます）</source>
        <translation>Copied the number to the clipboard (it is cleared after a while)</translation>
    </message>
    <message>
        <source>番号の記録を消す</source>
        <translation>Forget the number</translation>
    </message>
    <message>
        <source>{issuer}の番号の記録を消しますか？キーチェーンからも削除されます。</source>
        <translation>Forget the number for {issuer}? It is also deleted from the keychain.</translation>
    </message>
    <message>
        <source>記録を消す</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>番号の記録を消しました</source>
        <translation>Forgot the number</translation>
    </message>
    <message>
        <source>番号</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>証券番号</source>
        <translation>証券番号 (policy number)</translation>
    </message>
    <message>
        <source>共済契約者番号</source>
        <translation>共済契約者番号 (contract holder number)</translation>
    </message>
    <message>
        <source>口座番号</source>
        <translation>口座番号 (account number)</translation>
    </message>
    <message>
        <source>寄附番号</source>
        <translation>寄附番号 (donation number)</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>e-私書箱</source>
        <translation>e-Shishobako</translation>
    </message>
    <message>
        <source>民間送達・</source>
        <translation>Private delivery /</translation>
    </message>
    <message>
        <source>e-Tax連携サービス</source>
        <translation>e-Tax linkage service</translation>
    </message>
    <message>
        <source>ねんきんネット</source>
        <translation>Nenkin Net</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>ICカードリーダー</source>
        <translation>IC card reader</translation>
    </message>
    <message>
        <source>又はスマートフォン</source>
        <translation>or smartphone</translation>
    </message>
    <message>
        <source>あなた</source>
        <translation>You</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
    <message>
        <source>民間送達サービス</source>
        <translation>Private delivery services</translation>
    </message>
    <message>
        <source>{first} ほか{more}社</source>
        <translation>{first} and {more} more</translation>
    </message>
    <message>
        <source>確定申告書等</source>
        <translation>Tax return</translation>
    </message>
    <message>
        <source>作成コーナー</source>
        <translation>preparation corner</translation>
    </message>
    <message>
        <source>申告する人</source>
        <translation>files the return</translation>
    </message>
    <message>
        <source>代理人設定: {state}</source>
        <translation>Delegation: {state}</translation>
    </message>
    <message>
        <source>代理人設定</source>
        <translation>delegate settings</translation>
    </message>
    <message>
        <source>自分で準備</source>
        <translation>own preparation</translation>
    </message>
    <message>
        <source>STEP2 で決まります</source>
        <translation>decided in STEP2</translation>
    </message>
    <message>
        <source>証明書等の発行元</source>
        <translation>certificate issuer</translation>
    </message>
    <message>
        <source>準備完了</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>マイナンバーカード: 利用者証明用電子証明書のパスワード（数字4桁）も必要です</source>
        <translation>My Number card: you also need its user-authentication password (4 digits)</translation>
    </message>
    <message>
        <source>カードを読み取る道具: マイナンバーカード読取対応のスマートフォン又はICカードリーダライタ</source>
        <translation>What reads the card: a smartphone that can read the My Number card, or an IC card reader/writer</translation>
    </message>
    <message>
        <source>表示中の人（申告する人）</source>
        <translation>The person shown (who files the return)</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>マイナポータル: 利用者登録（STEP1）と証明書等の選択（STEP2）</source>
        <translation>Mynaportal: registration (STEP1) and choosing the certificates (STEP2)</translation>
    </message>
    <message>
        <source>マイナポータルと連携するサイト（STEP3）</source>
        <translation>A site linked with Mynaportal (STEP3)</translation>
    </message>
    <message>
        <source>民間送達サービス: どれを使うかは STEP2 で選ぶ証明書等で決まります</source>
        <translation>Private delivery services: which ones you use depends on the certificates you choose in STEP2</translation>
    </message>
    <message>
        <source>証明書等を発行する企業（STEP4 で民間送達サービスと連携）</source>
        <translation>A company that issues certificates (linked with its private delivery service in STEP4)</translation>
    </message>
    <message>
        <source>確定申告書等作成コーナー: 準備完了の証明書等のデータがここで申告書に入ります</source>
        <translation>確定申告書等作成コーナー (tax return preparation corner): the data of the ready certificates goes into your return here</translation>
    </message>
    <message>
        <source>代理人設定に確認が必要なことがあります。</source>
        <translation>Something in the delegate settings needs checking.</translation>
    </message>
    <message>
        <source>クリックすると「{step}」のページを開きます。</source>
        <translation>Click to open the “{step}” page.</translation>
    </message>
    <message>
        <source>「{step}」のページを開きます</source>
        <translation>Opens the “{step}” page</translation>
    </message>
    <message>
        <source>事前準備の全体図</source>
        <translation>Overview of the preparation</translation>
    </message>
    <message>
        <source>Tab で箱を選び、Enter でそのステップのページを開きます。</source>
        <translation>Choose a box with Tab and open its step&apos;s page with Enter.</translation>
    </message>
    <message>
        <source>線「{label}」（{source} → {target}）: 「{step}」のページを開きます</source>
        <translation>Line “{label}” ({source} → {target}): opens the “{step}” page</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>残り回数: %1 / %2 回</source>
        <translation>Tries left: %1 of %2</translation>
    </message>
    <message>
        <source>残り回数: 不明</source>
        <translation>Tries left: unknown</translation>
    </message>
    <message>
        <source>6〜16文字の英大文字と数字です（小文字は大文字にして送ります）。</source>
        <translation>6 to 16 capital letters and digits (lower-case letters are sent as capitals).</translation>
    </message>
    <message>
        <source>4桁の数字です。</source>
        <translation>4 digits.</translation>
    </message>
    <message>
        <source>⚠ 次に間違えるとこのパスワードはロックされます。ロックはこのパソコンでは解除できません。</source>
        <translation>⚠ The next wrong entry locks this password. This computer cannot undo a lock.</translation>
    </message>
    <message>
        <source>ロックされたときの再設定の方法を読みました</source>
        <translation>I have read how to reset it if it locks</translation>
    </message>
    <message>
        <source>控えを確かめたうえで、最後の1回を使います</source>
        <translation>I have checked my note and will use the last try</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>受け取り: {channels}</source>
        <translation>Delivered via: {channels}</translation>
    </message>
    <message>
        <source>発行元での手続: {needs}</source>
        <translation>At the issuer: {needs}</translation>
    </message>
    <message>
        <source>手元に用意する番号: {numbers}</source>
        <translation>Numbers to have at hand: {numbers}</translation>
    </message>
    <message>
        <source>例年の時期: {hint}</source>
        <translation>Usual season: {hint}</translation>
    </message>
    <message>
        <source>STEP5（e-Taxでの情報取得希望の登録）も必要です</source>
        <translation>STEP5 (registering the request for information on e-Tax) is needed too</translation>
    </message>
    <message>
        <source>選択済み</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>発行企業が証明書等を届ける民間送達サービス</source>
        <translation>The private delivery service the issuer delivers through</translation>
    </message>
    <message>
        <source>削除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>{issuer}の受け取り方</source>
        <translation>How {issuer} delivers</translation>
    </message>
    <message>
        <source>{issuer}の{type}を削除</source>
        <translation>Remove the {type} from {issuer}</translation>
    </message>
    <message>
        <source>「{type}（{issuer}）」</source>
        <translation>&quot;{type} ({issuer})&quot;</translation>
    </message>
    <message>
        <source>{type}を取得する</source>
        <translation>Obtain the {type}</translation>
    </message>
    <message>
        <source>詳しく</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{type}の説明を表示する</source>
        <translation>Show the details of {type}</translation>
    </message>
    <message>
        <source>発行元: {issuer}</source>
        <translation>Issued by: {issuer}</translation>
    </message>
    <message>
        <source>{type}の説明</source>
        <translation>About the {type}</translation>
    </message>
    <message>
        <source>発行する企業の名前（例: 保険会社名）</source>
        <translation>The issuing company&apos;s name (e.g. the insurer)</translation>
    </message>
    <message>
        <source>{type}を発行する企業の名前</source>
        <translation>Name of the company that issues the {type}</translation>
    </message>
    <message>
        <source>名前を入力して Enter キーか「追加」で登録します。以前に入力した名前が候補に出ます</source>
        <translation>Type the name and press Enter or &quot;Add&quot;. Names you entered before are suggested</translation>
    </message>
    <message>
        <source>{type}の受け取りに使う民間送達サービス</source>
        <translation>Delivery service for receiving the {type}</translation>
    </message>
    <message>
        <source>発行企業が証明書等を届ける民間送達サービスを選びます（発行企業の案内で確認できます）</source>
        <translation>Choose the private delivery service the issuer delivers through (the issuer&apos;s guidance says which)</translation>
    </message>
    <message>
        <source>追加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>{type}の発行企業を追加</source>
        <translation>Add an issuer of the {type}</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>「{type}」</source>
        <translation>&quot;{type}&quot;</translation>
    </message>
    <message>
        <source>追加しました</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページを開く</source>
        <translation>Open 「確定申告の事前準備」</translation>
    </message>
    <message>
        <source>マイナポータルの「確定申告の事前準備」ページを開く</source>
        <translation>Open Mynaportal’s 「確定申告の事前準備」 (tax-return preparation) page</translation>
    </message>
    <message>
        <source>マイナポータルのページをブラウザで開きます</source>
        <translation>Opens the Mynaportal page in your browser</translation>
    </message>
    <message>
        <source>マイナポータルにログインして「確定申告の事前準備」ページを開き、取得したい証明書等の種類と発行する企業を選びます。選んだものを下の一覧にも記録すると、STEP3以降の連携が決まります。</source>
        <translation>Log in to Mynaportal, open the 「確定申告の事前準備」 (tax-return preparation) page and choose the kinds of certificates you want and the companies that issue them. Record the same choice in the list below, and the links for STEP3 onwards follow from it.</translation>
    </message>
    <message>
        <source>取得したい証明書等</source>
        <translation>Certificates you want</translation>
    </message>
    <message>
        <source>証明書等を探す（例: 生命保険、寄附）</source>
        <translation>Find a certificate (e.g. life insurance, donation)</translation>
    </message>
    <message>
        <source>証明書等を名前で探す</source>
        <translation>Find a certificate by name</translation>
    </message>
    <message>
        <source>入力すると、名前や発行元に当てはまる証明書等だけを表示します</source>
        <translation>As you type, only the certificates whose name or issuer matches are shown</translation>
    </message>
    <message>
        <source>当てはまる証明書等はありません。</source>
        <translation>No certificate matches.</translation>
    </message>
    <message>
        <source>発行する企業を入力する証明書等</source>
        <translation>Certificates whose issuer you enter</translation>
    </message>
    <message>
        <source>保険会社・証券会社・寄附先などから届くもの。発行する企業ごとに追加します。</source>
        <translation>Sent by insurers, securities firms, donation recipients and others. Add one entry per issuing company.</translation>
    </message>
    <message>
        <source>発行元が決まっている証明書等</source>
        <translation>Certificates with a fixed issuer</translation>
    </message>
    <message>
        <source>国税庁・日本年金機構・医療保険者などから届くもの。チェックを入れるだけで選べます。</source>
        <translation>Sent by the National Tax Agency, the Japan Pension Service, health insurers and others. Just tick them.</translation>
    </message>
    <message>
        <source>選んだ証明書等: {count} 件</source>
        <translation>Certificates chosen: {count}</translation>
    </message>
    <message>
        <source>チェックリスト</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>外部サイトへのお知らせ情報提供サービス</source>
        <translation>外部サイトへのお知らせ情報提供サービス (notices to external sites)</translation>
    </message>
    <message>
        <source>外部サイトへの医療費通知情報提供サービス</source>
        <translation>外部サイトへの医療費通知情報提供サービス (medical-expense notices to external sites)</translation>
    </message>
    <message>
        <source>① 申告される方（代理人）のマイナンバーカードでログインし、「代理人設定」を開いた</source>
        <translation>① Logged in with the filer&apos;s (delegate&apos;s) My Number card and opened 「代理人設定」 (delegate settings)</translation>
    </message>
    <message>
        <source>② 「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選んだ</source>
        <translation>② Chose 「新たな委任者を登録する」 (register a new delegator) under 「新たに代理人になる（委任を受ける）」 (become a new delegate)</translation>
    </message>
    <message>
        <source>③ ご家族（委任者）のマイナンバーカードで本人確認をした</source>
        <translation>③ Verified the family member (delegator) with their My Number card</translation>
    </message>
    <message>
        <source>④ 「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力した</source>
        <translation>④ Entered 「代理関係名」 (relation name), 「代理権限の有効期間」 (validity period) and the services to act for</translation>
    </message>
    <message>
        <source>⑤ 登録内容を確認して完了ボタンを選んだ</source>
        <translation>⑤ Checked the details and pressed the complete (完了) button</translation>
    </message>
    <message>
        <source>マイナポータルで入力した日付。未設定のときは「未設定」</source>
        <translation>The date entered on Mynaportal; &quot;not set&quot; if none</translation>
    </message>
    <message>
        <source>未設定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>委任者</source>
        <translation>Delegator</translation>
    </message>
    <message>
        <source>データを取得される家族</source>
        <translation>The family member whose data is obtained</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <source>代わりに申告する人</source>
        <translation>The person who files on their behalf</translation>
    </message>
    <message>
        <source>代理関係名</source>
        <translation>Relation name</translation>
    </message>
    <message>
        <source>マイナポータルで入力した代理関係名。変更は欄を離れると保存されます</source>
        <translation>The relation name entered on Mynaportal (代理関係名). Changes are saved when you leave the field</translation>
    </message>
    <message>
        <source>代理権限の有効期間（開始日）</source>
        <translation>Validity of the delegation (start date)</translation>
    </message>
    <message>
        <source>代理権限の有効期間（終了日）</source>
        <translation>Validity of the delegation (end date)</translation>
    </message>
    <message>
        <source>委任者（データを取得される家族）:</source>
        <translation>Delegator (family member whose data is obtained):</translation>
    </message>
    <message>
        <source>代理人（申告する方）:</source>
        <translation>Delegate (the filer):</translation>
    </message>
    <message>
        <source>代理関係名:</source>
        <translation>Relation name (代理関係名):</translation>
    </message>
    <message>
        <source>代理権限の有効期間:</source>
        <translation>Validity (代理権限の有効期間):</translation>
    </message>
    <message>
        <source>委任を受けるサービス:</source>
        <translation>Services the delegate acts for:</translation>
    </message>
    <message>
        <source>委任を受けるサービス: {s}</source>
        <translation>Services the delegate acts for: {s}</translation>
    </message>
    <message>
        <source>マイナポータルでの操作:</source>
        <translation>Steps on Mynaportal:</translation>
    </message>
    <message>
        <source>見直すこと</source>
        <translation>Points to review</translation>
    </message>
    <message>
        <source>この代理人設定の記録を削除</source>
        <translation>Remove this record of a delegate setting</translation>
    </message>
    <message>
        <source>{delegate}が{delegator}の代理人（{relation}）</source>
        <translation>{delegate} is the delegate of {delegator} ({relation})</translation>
    </message>
    <message>
        <source>終了日を直す</source>
        <translation>Correct the end date</translation>
    </message>
    <message>
        <source>有効期間を入れる</source>
        <translation>Enter the validity</translation>
    </message>
    <message>
        <source>医療費通知情報の委任を受けた</source>
        <translation>Medical-expense notices accepted</translation>
    </message>
    <message>
        <source>{name}の事前準備を開く</source>
        <translation>Open {name}&apos;s preparation</translation>
    </message>
    <message>
        <source>代理人設定の記録</source>
        <translation>Records of delegate settings</translation>
    </message>
    <message>
        <source>代理人設定を記録するには、上の「家族を追加」でご家族を登録してください。</source>
        <translation>To record a delegate setting, first add your family members with &quot;Add family member&quot; above.</translation>
    </message>
    <message>
        <source>新しい代理人設定を記録</source>
        <translation>Record a new delegate setting</translation>
    </message>
    <message>
        <source>新しい代理人設定の委任者</source>
        <translation>Delegator of the new delegate setting</translation>
    </message>
    <message>
        <source>新しい代理人設定の代理人</source>
        <translation>Delegate of the new delegate setting</translation>
    </message>
    <message>
        <source>例: 妻、長男、母</source>
        <translation>e.g. wife, eldest son, mother</translation>
    </message>
    <message>
        <source>新しい代理人設定の代理関係名</source>
        <translation>Relation name of the new delegate setting</translation>
    </message>
    <message>
        <source>マイナポータルで入力する代理関係名</source>
        <translation>The relation name you enter on Mynaportal (代理関係名)</translation>
    </message>
    <message>
        <source>記録する(&amp;D)</source>
        <translation>Recor&amp;d</translation>
    </message>
    <message>
        <source>代理人設定を記録する</source>
        <translation>Record the delegate setting</translation>
    </message>
    <message>
        <source>委任者:</source>
        <translation>Delegator:</translation>
    </message>
    <message>
        <source>代理人:</source>
        <translation>Delegate:</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>読み取り専用（変更は保存されません）</source>
        <translation>Read-only (changes are not saved)</translation>
    </message>
    <message>
        <source>保存データについてのお知らせ</source>
        <translation>About your saved data</translation>
    </message>
    <message>
        <source>保存データを開けなかったため、この変更は保存されませんでした。</source>
        <translation>Your saved data could not be opened, so this change was not saved.</translation>
    </message>
    <message>
        <source>削除できませんでした。</source>
        <translation>Could not remove.</translation>
    </message>
    <message>
        <source>保存できませんでした</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>家族の名前を先に登録してください。</source>
        <translation>Please add the family member&apos;s name first.</translation>
    </message>
    <message>
        <source>元に戻す(&amp;U)</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>削除を元に戻す</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <source>{what}を削除しました</source>
        <translation>Removed {what}</translation>
    </message>
    <message>
        <source>削除を元に戻しました</source>
        <translation>Removal undone</translation>
    </message>
    <message>
        <source>① 電子交付サービスの利用者登録・電子交付への同意</source>
        <translation>① Register for the issuer&apos;s electronic delivery and consent to it</translation>
    </message>
    <message>
        <source>② {channel}と{issuer}の連携</source>
        <translation>② Link {channel} with {issuer}</translation>
    </message>
    <message>
        <source>発行企業</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>{issuer} — {type}（{channel}）</source>
        <translation>{issuer} — {type} ({channel})</translation>
    </message>
    <message>
        <source>手元に用意する番号: {n}</source>
        <translation>Numbers to have at hand: {n}</translation>
    </message>
    <message>
        <source>{issuer}の再確認日を設定する</source>
        <translation>Set a date to check {issuer} again</translation>
    </message>
    <message>
        <source>{issuer}の再確認日</source>
        <translation>Date to check {issuer} again</translation>
    </message>
    <message>
        <source>{issuer}のメモ</source>
        <translation>Note on {issuer}</translation>
    </message>
    <message>
        <source>発行企業ごとの手続</source>
        <translation>Steps per issuer</translation>
    </message>
    <message>
        <source>①の承認には数日かかることがあります。申し込んだら「待ち」を記録すると、3営業日後に再確認するようお知らせします。</source>
        <translation>Approval of ① can take a few days. Once you have applied, record &quot;Waiting&quot; and you will be reminded to check again 3 business days later.</translation>
    </message>
    <message>
        <source>STEP4 の手続が必要な発行企業はありません。e-私書箱・MyPost・民間送達・e-Tax連携サービスで受け取る証明書等を STEP2 で選ぶと、ここに表示されます。</source>
        <translation>No issuer needs STEP4. Issuers appear here when you choose in STEP2 certificates delivered through e-私書箱, MyPost or 民間送達・e-Tax連携サービス.</translation>
    </message>
    <message>
        <source>{service}の連携状況</source>
        <translation>Linkage status of {service}</translation>
    </message>
    <message>
        <source>サイトで確かめた結果:</source>
        <translation>What you found on the site:</translation>
    </message>
    <message>
        <source>{service}のサイトで確かめた結果</source>
        <translation>What you found on the {service} site</translation>
    </message>
    <message>
        <source>サイトで確かめた：連携済み</source>
        <translation>I checked on the site: linked</translation>
    </message>
    <message>
        <source>まだ連携していない</source>
        <translation>Not linked yet</translation>
    </message>
    <message>
        <source>連携状況リストの表示:</source>
        <translation>Shown in the 連携状況リスト (linkage status list):</translation>
    </message>
    <message>
        <source>{service}のサイトを開いて連携できているか確かめ、結果をボタンで記録してください。</source>
        <translation>Open the {service} site, check whether the linkage is done, and record what you found with the buttons.</translation>
    </message>
    <message>
        <source>{service}のサイトで連携を確かめました。この連携は完了です。</source>
        <translation>You checked the linkage on the {service} site. This linkage is done.</translation>
    </message>
    <message>
        <source>{service}との連携を行ってから、もう一度サイトで確かめて記録してください。</source>
        <translation>Link with {service}, then check on the site again and record it.</translation>
    </message>
    <message>
        <source>{type}（{issuer}）</source>
        <translation>{type} ({issuer})</translation>
    </message>
    <message>
        <source>必要な証明書等: {names}</source>
        <translation>Needed for: {names}</translation>
    </message>
    <message>
        <source>あなたに必要な連携</source>
        <translation>The linkages you need</translation>
    </message>
    <message>
        <source>マイナポータルの「連携状況リスト」に表示されている言葉を、ボタンで記録します。「確認」のときは、そのサイトで連携できているか確かめて、結果を記録してください。</source>
        <translation>Record with the buttons the word Mynaportal&apos;s 「連携状況リスト」 (linkage status list) shows. For 「確認」 (check), look on that site whether the linkage is done and record what you found.</translation>
    </message>
    <message>
        <source>STEP2 で証明書等を選ぶと、連携が必要なサイトがここに表示されます。</source>
        <translation>Once you choose certificates in STEP2, the sites you need to link appear here.</translation>
    </message>
    <message>
        <source>次にすること</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>記録を読み込んでいます…</source>
        <translation>Loading your records…</translation>
    </message>
    <message>
        <source>開く(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>次にすることのステップを開く</source>
        <translation>Open the step of the next thing to do</translation>
    </message>
    <message>
        <source>家族の名前を登録すると、次にすることが表示されます</source>
        <translation>Add a family member&apos;s name to see what to do next</translation>
    </message>
    <message>
        <source>すべて完了</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>待っていること</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>{kicker}（{name}）</source>
        <translation>{kicker} ({name})</translation>
    </message>
    <message>
        <source>{service}との連携</source>
        <translation>Linkage with {service}</translation>
    </message>
    <message>
        <source>{what}（{step}、再確認日 {date}）</source>
        <translation>{what} ({step}, check again on {date})</translation>
    </message>
    <message>
        <source>閉じる(&amp;X)</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>再確認のお知らせを閉じる</source>
        <translation>Close the reminder</translation>
    </message>
    <message>
        <source>再確認の日が来ています。状況を確かめて記録しましょう:</source>
        <translation>It is time to check again. Look up the status and record it:</translation>
    </message>
    <message>
        <source>最終変更: まだ記録していません</source>
        <translation>Last change: nothing recorded yet</translation>
    </message>
    <message>
        <source>最終変更: {when}</source>
        <translation>Last change: {when}</translation>
    </message>
    <message>
        <source>状態: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <source>選択中</source>
        <translation>selected</translation>
    </message>
    <message>
        <source>「{label}」を記録しています。もう一度押すと取り消します</source>
        <translation>Recorded as &quot;{label}&quot;. Press again to take it back</translation>
    </message>
    <message>
        <source>「{label}」を記録しています</source>
        <translation>Recorded as &quot;{label}&quot;</translation>
    </message>
    <message>
        <source>再確認日</source>
        <translation>Check again on</translation>
    </message>
    <message>
        <source>{name}の再確認日を設定する</source>
        <translation>Set a date to check {name} again</translation>
    </message>
    <message>
        <source>待っている間は、この日にもう一度確認します（既定は3営業日後）</source>
        <translation>While you wait, check again on this day (3 business days later by default)</translation>
    </message>
    <message>
        <source>{name}の再確認日</source>
        <translation>Date to check {name} again</translation>
    </message>
    <message>
        <source>待っているものを、もう一度確認する日</source>
        <translation>The day to check again on what you are waiting for</translation>
    </message>
    <message>
        <source>メモ</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{name}のメモ</source>
        <translation>Note on {name}</translation>
    </message>
    <message>
        <source>自由に書けるメモ。Enterキーを押すか別の欄に移ると保存されます</source>
        <translation>A free note. It is saved when you press Enter or move to another field</translation>
    </message>
    <message>
        <source>このステップが必要かどうかは、STEP2 で証明書等を選ぶと決まります。</source>
        <translation>Whether you need this step is decided when you choose your certificates in STEP2.</translation>
    </message>
    <message>
        <source>選んだ証明書等にはこのステップが必要です。</source>
        <translation>The certificates you chose need this step.</translation>
    </message>
    <message>
        <source>選んだ証明書等にはこのステップは不要です（給与所得の源泉徴収票や年末残高情報を選ぶと必要になります）。</source>
        <translation>The certificates you chose do not need this step (it is needed for the salary withholding slip or year-end balance information).</translation>
    </message>
    <message>
        <source>編集(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>元に戻す</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>やり直す</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>配偶者</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>子</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>親</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>家族</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>表示中の人(&amp;M):</source>
        <translation>Showing &amp;member:</translation>
    </message>
    <message>
        <source>表示する家族</source>
        <translation>Family member shown</translation>
    </message>
    <message>
        <source>選んだ人の事前準備が、すべてのページに表示されます</source>
        <translation>Every page shows the preparation of the person you choose</translation>
    </message>
    <message>
        <source>家族を追加(&amp;A)…</source>
        <translation>&amp;Add family member…</translation>
    </message>
    <message>
        <source>名前を変更(&amp;R)…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>家族の管理</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>表示中の人の続柄・順番・削除</source>
        <translation>Relation, order and removal of the person shown</translation>
    </message>
    <message>
        <source>続柄</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>前へ移動</source>
        <translation>Move earlier</translation>
    </message>
    <message>
        <source>後ろへ移動</source>
        <translation>Move later</translation>
    </message>
    <message>
        <source>この人を削除…</source>
        <translation>Remove this person…</translation>
    </message>
    <message>
        <source>{name}（{relation}）を表示</source>
        <translation>Show {name} ({relation})</translation>
    </message>
    <message>
        <source>「{name}」を削除します。一緒に削除されるもの: 記録した進み具合 {progress} 件、選んだ証明書等 {certificates} 件、この人の代理人設定 {delegations} 件。ウィンドウを閉じるまでは「元に戻す」で戻せます。</source>
        <translation>Remove “{name}”? Removed with them: recorded progress entries: {progress}, chosen certificates: {certificates}, their delegate settings: {delegations}. Until you close the window, Undo brings everything back.</translation>
    </message>
    <message>
        <source>家族を削除</source>
        <translation>Remove family member</translation>
    </message>
    <message>
        <source>削除する</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>「{name}」の削除</source>
        <translation>removing “{name}”</translation>
    </message>
    <message>
        <source>家族を追加</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>名前（表示名）:</source>
        <translation>Name (as shown):</translation>
    </message>
    <message>
        <source>名前を変更</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>新しい名前（表示名）:</source>
        <translation>New name (as shown):</translation>
    </message>
    <message>
        <source>「{name}」を追加しました</source>
        <translation>Added &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>名前を「{name}」に変更しました</source>
        <translation>Renamed to &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>{era}の確定申告期間: {start} 〜 {end}</source>
        <translation>Filing period for {era}: {start} to {end}</translation>
    </message>
    <message>
        <source>申告期間は明日から始まります。終わりまで あと {days} 日</source>
        <translation>Opens tomorrow, ends in {days} days</translation>
    </message>
    <message>
        <source>申告期間の始まりまで あと {start} 日、終わりまで あと {days} 日</source>
        <translation>Opens in {start} days, ends in {days} days</translation>
    </message>
    <message>
        <source>税金が戻る還付申告は、申告期間を待たずに {date} から提出できます</source>
        <translation>A refund return (to get tax back) can be filed from {date}, without waiting for the filing period</translation>
    </message>
    <message>
        <source>税金が戻る還付申告は、申告期間を待たずに今から提出できます</source>
        <translation>A refund return (to get tax back) can be filed now, without waiting for the filing period</translation>
    </message>
    <message>
        <source>申告期間中です。締切は明日です</source>
        <translation>The filing period is open. The deadline is tomorrow</translation>
    </message>
    <message>
        <source>申告期間中です。締切まで あと {days} 日</source>
        <translation>The filing period is open. {days} days until the deadline</translation>
    </message>
    <message>
        <source>今日が申告期限です</source>
        <translation>Today is the filing deadline</translation>
    </message>
    <message>
        <source>申告期間は終わりました</source>
        <translation>The filing period has ended</translation>
    </message>
    <message>
        <source>データ確認済み</source>
        <translation>data confirmed</translation>
    </message>
    <message>
        <source>連携済み・データ待ち</source>
        <translation>linked, waiting for the data</translation>
    </message>
    <message>
        <source>{channel}から届く証明書等は「証明書の準備状況」では「未記載」と表示されます。</source>
        <translation>Certificates from {channel} show as 「未記載」 (not listed) in 「証明書の準備状況」 (certificate status).</translation>
    </message>
    <message>
        <source>事前準備がまだ残っています。</source>
        <translation>Some of the preparation is still to do.</translation>
    </message>
    <message>
        <source>{date}に{channel}でデータが届いていることを確かめました。</source>
        <translation>On {date} you confirmed on {channel} that the data is there.</translation>
    </message>
    <message>
        <source>連携は済んでいます。</source>
        <translation>The linkage is done.</translation>
    </message>
    <message>
        <source>{channel}でデータが届いていることを確かめてから、下のボタンで記録してください。</source>
        <translation>Check on {channel} that the data is there, then record it with the button below.</translation>
    </message>
    <message>
        <source>証明書の準備状況</source>
        <translation>Certificate status (証明書の準備状況)</translation>
    </message>
    <message>
        <source>データが届いていることを確かめた</source>
        <translation>I checked: the data is there</translation>
    </message>
    <message>
        <source>準備状況</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{type}（{issuer}・{channel}）</source>
        <translation>{type} ({issuer}, {channel})</translation>
    </message>
    <message>
        <source>{type}（{issuer}）の準備状況</source>
        <translation>Status of the {type} ({issuer})</translation>
    </message>
    <message>
        <source>まだ記録していません</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>{type}: データが届いていることを確かめた</source>
        <translation>{type}: I checked: the data is there</translation>
    </message>
    <message>
        <source>（{era}は対象外です）</source>
        <translation> ({era} is not covered)</translation>
    </message>
    <message>
        <source>（例年なら取得できる時期です）</source>
        <translation> (usually available by now)</translation>
    </message>
    <message>
        <source>（例年は {date} 頃から）</source>
        <translation> (usually from around {date})</translation>
    </message>
    <message>
        <source>証明書等ごとの準備状況</source>
        <translation>Status per certificate</translation>
    </message>
    <message>
        <source>マイナポータルの「証明書の準備状況」に表示されている言葉を、ボタンで記録します。「処理中」のときは3営業日後に再確認するようお知らせします。</source>
        <translation>Record with the buttons the word Mynaportal&apos;s 「証明書の準備状況」 (certificate status) shows. For 「処理中」 (processing) you will be reminded to check again 3 business days later.</translation>
    </message>
    <message>
        <source>STEP2 で証明書等を選ぶと、ここに表示されます。</source>
        <translation>Certificates appear here once you choose them in STEP2.</translation>
    </message>
    <message>
        <source>{ready} / {total} 件 準備完了</source>
        <translation>{ready} of {total} ready (準備完了)</translation>
    </message>
    <message>
        <source>このステップ:</source>
        <translation>This step:</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>{total}件中{ready}件が準備完了</source>
        <translation>{ready} of {total} ready</translation>
    </message>
    <message>
        <source>（うち{received}件はデータ受領済・署名確認済）</source>
        <translation> ({received} with the data received and verified)</translation>
    </message>
    <message>
        <source>（うち{received}件はデータ受領済・署名者未確認）</source>
        <translation> ({received} with the data received, signer not confirmed)</translation>
    </message>
    <message>
        <source>マイナンバーカードを手元に用意しましょう</source>
        <translation>Have your My Number card at hand</translation>
    </message>
    <message>
        <source>マイナンバーカード読取対応のスマートフォン（又はICカードリーダライタ）を用意しましょう</source>
        <translation>Get a smartphone that reads the My Number card (or an IC card reader)</translation>
    </message>
    <message>
        <source>{{fact:app_name}}をダウンロードしましょう</source>
        <translation>Download the {{fact:app_name}}</translation>
    </message>
    <message>
        <source>マイナポータルの利用者登録をしましょう</source>
        <translation>Register as a Mynaportal user</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書パスワード（数字4桁）でマイナポータルにログインしましょう</source>
        <translation>Log in to Mynaportal with the 4-digit user-authentication password</translation>
    </message>
    <message>
        <source>マイナポータルの「確定申告の事前準備」ページを開きましょう</source>
        <translation>Open Mynaportal&apos;s tax-return preparation page</translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページで取得したい証明書等の種類と発行する企業を選択しましょう</source>
        <translation>Choose the certificate types and their issuers on the tax-return preparation page</translation>
    </message>
    <message>
        <source>アカウント連携の際に「お知らせの受け取り」にチェックを入れましょう</source>
        <translation>Tick &quot;receive notices&quot; when linking the accounts</translation>
    </message>
    <message>
        <source>e-Taxのマイページで「e-Taxからの情報取得を希望する」ボタンを押しましょう</source>
        <translation>Press &quot;obtain information from e-Tax&quot; on the e-Tax My Page</translation>
    </message>
    <message>
        <source>e-Taxのマイページで「カナ氏名」を入力しましょう</source>
        <translation>Enter your name in katakana on the e-Tax My Page</translation>
    </message>
    <message>
        <source>マイナンバーカードを読み取りましょう（券面事項入力補助用パスワード・数字4桁）</source>
        <translation>Read your My Number card (4-digit card-information input password)</translation>
    </message>
    <message>
        <source>マイナンバーカードをもう一度読み取りましょう（署名用パスワード・英数字6〜16桁）</source>
        <translation>Read your My Number card again (signature password, 6–16 letters and digits)</translation>
    </message>
    <message>
        <source>「証明書の準備状況」で取得したい証明書等が「準備完了」か確認しましょう</source>
        <translation>Check that the certificates you want show &quot;ready&quot; in the certificate status</translation>
    </message>
    <message>
        <source>申告される方のマイナンバーカードでログインし、「代理人設定」を開きましょう</source>
        <translation>Log in with the filer&apos;s card and open the delegate settings</translation>
    </message>
    <message>
        <source>「新たに代理人になる（委任を受ける）」から「新たな委任者を登録する」を選びましょう</source>
        <translation>Choose &quot;become a new delegate&quot; and &quot;register a new delegator&quot;</translation>
    </message>
    <message>
        <source>ご家族（委任者）のマイナンバーカードで本人確認をしましょう</source>
        <translation>Verify the family member (delegator) with their My Number card</translation>
    </message>
    <message>
        <source>「代理関係名」「代理権限の有効期間」と委任を受けるサービスを入力しましょう</source>
        <translation>Enter the relation name, the validity period and the delegated services</translation>
    </message>
    <message>
        <source>登録内容を確認して完了ボタンを選びましょう</source>
        <translation>Check the details and press complete</translation>
    </message>
    <message>
        <source>取得したい証明書等を選びましょう</source>
        <translation>Choose the certificates you want to obtain</translation>
    </message>
    <message>
        <source>{service}との連携を行いましょう</source>
        <translation>Link Mynaportal with {service}</translation>
    </message>
    <message>
        <source>{service}のサイトで連携できているか確かめ、結果を記録しましょう</source>
        <translation>Check on the {service} site whether the linkage is done, and record it</translation>
    </message>
    <message>
        <source>{channel}で{type}のデータが届いているか確かめ、届いていたら記録しましょう</source>
        <translation>Check on {channel} that the {type} data is there, and record it when it is</translation>
    </message>
    <message>
        <source>{issuer}で{type}の電子交付の利用登録（電子交付への同意）を行いましょう</source>
        <translation>Register for electronic delivery of the {type} with {issuer}</translation>
    </message>
    <message>
        <source>{channel}と{issuer}の連携を行いましょう</source>
        <translation>Link {channel} with {issuer}</translation>
    </message>
    <message>
        <source>「証明書の準備状況」で{type}（{issuer}）が「準備完了」か確認しましょう</source>
        <translation>Check that the {type} ({issuer}) shows &quot;ready&quot; in the certificate status</translation>
    </message>
    <message>
        <source>「{item}」の完了</source>
        <translation>&quot;{item}&quot; to complete</translation>
    </message>
    <message>
        <source>証明書等の選択</source>
        <translation>the certificate selection</translation>
    </message>
    <message>
        <source>{service}との連携の完了</source>
        <translation>the linkage with {service} to complete</translation>
    </message>
    <message>
        <source>{issuer}の電子交付サービスの登録完了</source>
        <translation>{issuer} to approve the electronic-delivery registration</translation>
    </message>
    <message>
        <source>{channel}と{issuer}の連携の完了</source>
        <translation>the linkage of {channel} with {issuer} to complete</translation>
    </message>
    <message>
        <source>{type}（{issuer}）の準備</source>
        <translation>the {type} ({issuer}) to be prepared</translation>
    </message>
    <message>
        <source>{type}のデータ</source>
        <translation>the {type} data</translation>
    </message>
    <message>
        <source>代理人設定の手続</source>
        <translation>the delegate setting</translation>
    </message>
    <message>
        <source>事前準備が完了しました。確定申告書等作成コーナーで申告書を作成しましょう</source>
        <translation>The preparation is complete. Create your return in the NTA&apos;s tax-return corner</translation>
    </message>
    <message>
        <source>{type}は連携済みで、データが届くのを待っています（{channel}に{date}頃から）。届いたら確かめて記録しましょう</source>
        <translation>The {type} is linked; waiting for its data (on {channel} from about {date}). Once it is there, check and record it</translation>
    </message>
    <message>
        <source>{noun}を待っています。{date}にもう一度確認しましょう</source>
        <translation>Waiting for {noun}. Check again on {date}</translation>
    </message>
    <message>
        <source>{noun}を待っています。数日後にもう一度確認しましょう</source>
        <translation>Waiting for {noun}. Check again in a few days</translation>
    </message>
</context>
<context>
    <name>PrintedChecklist</name>
    <message>
        <source>マイナポータル連携 事前準備チェックリスト（世帯全員）</source>
        <translation>Mynaportal linkage: preparation checklist (whole household)</translation>
    </message>
    <message>
        <source>マイナポータル連携 事前準備チェックリスト</source>
        <translation>Mynaportal linkage: preparation checklist</translation>
    </message>
    <message>
        <source>氏名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>対象</source>
        <translation>For</translation>
    </message>
    <message>
        <source>印刷日</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>申告期間</source>
        <translation>Filing period</translation>
    </message>
    <message>
        <source>次にすること</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>手順ごとのチェック</source>
        <translation>Step by step</translation>
    </message>
    <message>
        <source>済んだ日</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>取得する証明書等</source>
        <translation>Certificates to obtain</translation>
    </message>
    <message>
        <source>証明書等</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>発行元</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>受け取り方法</source>
        <translation>Delivered via</translation>
    </message>
    <message>
        <source>使うパスワード</source>
        <translation>Passwords you will need</translation>
    </message>
    <message>
        <source>名前だけを載せています。パスワードそのものは、この用紙に書かないでください。</source>
        <translation>Names only: never write a password on this sheet.</translation>
    </message>
    <message>
        <source>パスワード</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>形式・回数</source>
        <translation>Format, tries</translation>
    </message>
    <message>
        <source>使う場面</source>
        <translation>Used in</translation>
    </message>
    <message>
        <source>残り回数</source>
        <translation>Tries left</translation>
    </message>
    <message>
        <source>困ったときは</source>
        <translation>If you need help</translation>
    </message>
    <message>
        <source>スマートフォンで開く公式ページ</source>
        <translation>Official pages for your smartphone</translation>
    </message>
    <message>
        <source>カメラで読み取ると公式ページが開きます。</source>
        <translation>Scan with your camera to open the official page.</translation>
    </message>
    <message>
        <source>Myna Prep（マイナポータル連携 事前準備ナビ）で作成</source>
        <translation>Made with Myna Prep</translation>
    </message>
    <message>
        <source>{page} / {total} ページ</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>{start}〜{end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>申告期限まで あと{n}日</source>
        <translation>{n} days left until the deadline</translation>
    </message>
    <message>
        <source>申告期限まで あと1日</source>
        <translation>1 day left until the deadline</translation>
    </message>
    <message>
        <source>本日が申告期限です</source>
        <translation>Today is the deadline</translation>
    </message>
    <message>
        <source>申告期限を1日過ぎています</source>
        <translation>The deadline passed 1 day ago</translation>
    </message>
    <message>
        <source>申告期限を{n}日過ぎています</source>
        <translation>The deadline passed {n} days ago</translation>
    </message>
    <message>
        <source>{date}に確認</source>
        <translation>check on {date}</translation>
    </message>
    <message>
        <source>期限なし</source>
        <translation>open-ended</translation>
    </message>
    <message>
        <source>有効期間: {period}</source>
        <translation>Valid: {period}</translation>
    </message>
    <message>
        <source>委任を受けるサービス: {services}</source>
        <translation>Delegated services: {services}</translation>
    </message>
    <message>
        <source>マイナポータルと{service}を連携した</source>
        <translation>Linked Mynaportal with {service}</translation>
    </message>
    <message>
        <source>①{issuer}で{type}の電子交付の利用登録・同意をした</source>
        <translation>1. Registered with {issuer} for electronic delivery of the {type}</translation>
    </message>
    <message>
        <source>②{channel}と{issuer}を連携した</source>
        <translation>2. Linked {channel} with {issuer}</translation>
    </message>
    <message>
        <source>「証明書の準備状況」で{type}（{issuer}）が「準備完了」になった</source>
        <translation>The {type} ({issuer}) shows 準備完了 (ready) in the certificate status</translation>
    </message>
    <message>
        <source>{channel}で{type}のデータが届いていることを確かめた</source>
        <translation>Checked on {channel} that the {type} data is there</translation>
    </message>
    <message>
        <source>{delegator} → {delegate}（{relation}）</source>
        <translation>{delegator} → {delegate} ({relation})</translation>
    </message>
    <message>
        <source>マイナポータルの表示: {label}</source>
        <translation>Mynaportal shows: {label}</translation>
    </message>
    <message>
        <source>データ受領済（署名確認済）</source>
        <translation>data received (signature verified)</translation>
    </message>
    <message>
        <source>連携済み・データ待ち</source>
        <translation>linked, waiting for the data</translation>
    </message>
    <message>
        <source>データ確認済み</source>
        <translation>data confirmed</translation>
    </message>
    <message>
        <source>取得する証明書等: {n}件（下の表を参照）</source>
        <translation>Certificates to obtain: {n} (see the table below)</translation>
    </message>
    <message>
        <source>取得する証明書等はまだ選ばれていません</source>
        <translation>No certificate chosen yet</translation>
    </message>
    <message>
        <source>このプランでは不要です</source>
        <translation>Not needed in this plan</translation>
    </message>
    <message>
        <source>代理人設定はありません</source>
        <translation>No delegate settings</translation>
    </message>
    <message>
        <source>連携が必要なサイトは、STEP2で選ぶ証明書等によって決まります</source>
        <translation>Which sites to link depends on the certificates you choose in STEP2</translation>
    </message>
    <message>
        <source>民間送達サービス（e-私書箱・MyPost・民間送達・e-Tax連携サービス）で受け取る証明書等がある場合に行います</source>
        <translation>Needed for certificates delivered by e-Shishobako, MyPost or the private delivery and e-Tax linkage service</translation>
    </message>
    <message>
        <source>給与所得の源泉徴収票情報または年末残高情報を取得する場合に行います</source>
        <translation>Needed to obtain the salary withholding slip or the year-end loan balance</translation>
    </message>
    <message>
        <source>STEP1（ログイン）</source>
        <translation>STEP1 (log in)</translation>
    </message>
    <message>
        <source>STEP3</source>
        <translation>STEP3</translation>
    </message>
    <message>
        <source>代理人設定（ご家族のカード）</source>
        <translation>delegate settings (family member&apos;s card)</translation>
    </message>
    <message>
        <source>STEP5（カードの読み取り）</source>
        <translation>STEP5 (card read)</translation>
    </message>
    <message>
        <source>STEP5（必要な場合）</source>
        <translation>STEP5, if needed</translation>
    </message>
    <message>
        <source>英大文字・数字6〜16桁（5回誤るとロック）</source>
        <translation>6–16 capital letters and digits; locked after 5 wrong tries</translation>
    </message>
    <message>
        <source>数字4桁（3回誤るとロック）</source>
        <translation>4 digits; locked after 3 wrong tries</translation>
    </message>
    <message>
        <source>このプランでは使いません</source>
        <translation>not used in this plan</translation>
    </message>
    <message>
        <source>不明</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>カード診断の記録はありません（残り回数はアプリのカードパネルで確認できます）</source>
        <translation>No card check recorded (the app&apos;s card panel shows the tries left)</translation>
    </message>
    <message>
        <source>前回のカード診断（{date}）</source>
        <translation>Last card check: {date}</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限: {date}</source>
        <translation>User-authentication certificate valid until: {date}</translation>
    </message>
    <message>
        <source>まだ選択されていません（STEP2で選びます）</source>
        <translation>None chosen yet (choose them in STEP2)</translation>
    </message>
    <message>
        <source>{line} {number}</source>
        <translation>My Number toll-free line ({line}): {number}</translation>
    </message>
    <message>
        <source>音声ガイダンス{card}番: マイナンバーカード / 音声ガイダンス{portal}番: マイナポータル</source>
        <translation>Voice guidance {card}: the My Number card; {portal}: Mynaportal</translation>
    </message>
    <message>
        <source>マイナポータル</source>
        <translation>Mynaportal</translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページ</source>
        <translation>「確定申告の事前準備」 (tax-return preparation) page</translation>
    </message>
    <message>
        <source>{app}・iPhone</source>
        <translation>{app}, iPhone</translation>
    </message>
    <message>
        <source>{app}・Android</source>
        <translation>{app}, Android</translation>
    </message>
    <message>
        <source>確定申告書等作成コーナー</source>
        <translation>NTA tax-return corner (確定申告書等作成コーナー)</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>印刷先（プリンターまたはファイル）を開けませんでした。</source>
        <translation>The print target (printer or file) could not be opened.</translation>
    </message>
    <message>
        <source>印刷用のフォントを読み込めませんでした。Myna Prep を入れ直してください。</source>
        <translation>The print font could not be loaded. Please reinstall Myna Prep.</translation>
    </message>
    <message>
        <source>次のページを作れませんでした。ディスクの空き容量を確かめてください。</source>
        <translation>The next page could not be made. Please check the free disk space.</translation>
    </message>
    <message>
        <source>PDFが最後まで作られませんでした。ディスクの空き容量を確かめてください。</source>
        <translation>The PDF was not made to the end. Please check the free disk space.</translation>
    </message>
</context>
<context>
    <name>Received</name>
    <message>
        <source>証明書ファイルを取り込む</source>
        <translation>Import certificate files</translation>
    </message>
    <message>
        <source>電子的控除証明書等 (*.xml)</source>
        <translation>Electronic certificates (*.xml)</translation>
    </message>
    <message>
        <source>（うち {count} 件はデータ受領済）</source>
        <translation> ({count} with the data received)</translation>
    </message>
    <message>
        <source>（うち {count} 件はデータ受領済・署名者未確認）</source>
        <translation> ({count} with the data received, signer not confirmed)</translation>
    </message>
    <message>
        <source>（うち {count} 件はデータ受領済: 署名確認済 {known} 件・署名者未確認 {unknown} 件）</source>
        <translation> ({count} with the data received: {known} signature verified, {unknown} signer not confirmed)</translation>
    </message>
    <message>
        <source>署名を確認しました。発行元が作成したときのままのデータです。</source>
        <translation>Signature verified: the data is exactly as the issuer created it.</translation>
    </message>
    <message>
        <source>署名の後に内容が変わっています。メモ帳や Excel で開いて保存するとこうなることがあります。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The content changed after it was signed; opening and saving it in an editor such as Notepad or Excel can cause this. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>署名が壊れています。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The signature is damaged. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>署名が証明書の一部にしか掛かっていないため、金額などを確認できません。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The signature covers only a part of the certificate, so the amounts cannot be trusted. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>署名がありません。発行元が作成した電子データか確認できません。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>There is no signature, so it cannot be confirmed that the issuer created it. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>ファイルが空です。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The file is empty. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>電子的控除証明書としては大きすぎるファイルです。選んだファイルを確認してください。</source>
        <translation>The file is far too large for an electronic certificate; check which file you chose.</translation>
    </message>
    <message>
        <source>電子的控除証明書（XML）ではありません。選んだファイルを確認してください。</source>
        <translation>This is not an electronic certificate (XML); check which file you chose.</translation>
    </message>
    <message>
        <source>電子的控除証明書にはない記述が含まれているため、開きませんでした。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The file contains markup no certificate has, so it was not opened. Download it again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>このアプリが扱う電子的控除証明書等の様式ではありません。</source>
        <translation>This is not one of the certificate forms this app reads.</translation>
    </message>
    <message>
        <source>署名の形式に対応していないため、確認できません。</source>
        <translation>The signature uses a format this app does not accept.</translation>
    </message>
    <message>
        <source>ファイルを開けませんでした。場所と読み取りの権限を確認してください。</source>
        <translation>The file could not be opened; check where it is and that you may read it.</translation>
    </message>
    <message>
        <source>電子的控除証明書としては項目や記述が多すぎるため、確認せずに閉じました。選んだファイルを確認してください。</source>
        <translation>This file has far more items or markup than an electronic certificate, so it was closed without checking. Check the file you chose.</translation>
    </message>
    <message>
        <source>電子的控除証明書では使われない署名の処理が指定されているため、確認できません。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>The signature asks for processing that electronic certificates never use, so it cannot be checked. Download the file again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>署名の鍵が電子的控除証明書で使われる種類・長さではないため、確認できません。</source>
        <translation>The signing key is not of a kind or length used for electronic certificates, so it cannot be checked.</translation>
    </message>
    <message>
        <source>証明書の中に注釈などの記述が混ざっていて、金額などを正しく読めません。発行元のサイトからもう一度ダウンロードしてください。</source>
        <translation>Comments or other markup are mixed into the certificate, so amounts and names cannot be read reliably. Download the file again from the issuer&apos;s site.</translation>
    </message>
    <message>
        <source>署名されたときから内容は変わっていません。ただし、この発行元のファイルは以前は別の鍵で署名されていました（今回の署名の証明書の名前: {organisation}）。発行元が鍵を更新することもあります。内容を確かめてから、新しい署名者として受け入れてください。</source>
        <translation>The content has not changed since it was signed, but this issuer&apos;s files were signed with another key before (this signing certificate names {organisation}). Issuers do renew their keys: check the content, then accept the new signer.</translation>
    </message>
    <message>
        <source>署名されたときから内容は変わっていません。ただし、誰が署名したかはこのアプリでは確認できません（署名の証明書に書かれた名前: {organisation}）。</source>
        <translation>The content has not changed since it was signed, but this app cannot confirm who signed it (the signing certificate names {organisation}).</translation>
    </message>
    <message>
        <source>署名確認済</source>
        <translation>signature verified</translation>
    </message>
    <message>
        <source>署名者未確認</source>
        <translation>signer not confirmed</translation>
    </message>
    <message>
        <source>署名者が以前と違います</source>
        <translation>signer differs from before</translation>
    </message>
    <message>
        <source>データ受領済（{trust}）</source>
        <translation>data received ({trust})</translation>
    </message>
    <message>
        <source>内容は署名のとおり</source>
        <translation>content as signed</translation>
    </message>
    <message>
        <source>改ざんの可能性</source>
        <translation>possibly tampered with</translation>
    </message>
    <message>
        <source>署名なし</source>
        <translation>not signed</translation>
    </message>
    <message>
        <source>証明書ではありません</source>
        <translation>not a certificate</translation>
    </message>
    <message>
        <source>記録のみ（ファイルなし）: このパソコンには証明書ファイルがないため、内容と署名を確認していません。受領済みとしては数えません。元のファイルをもう一度取り込むと確認できます。</source>
        <translation>Record only (no file): the certificate file is not on this PC, so its content and signature were not checked. It does not count as received. Import the original file again to check it.</translation>
    </message>
    <message>
        <source>ファイルの署名を確認しています…</source>
        <translation>Checking the file&apos;s signature…</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>年分</source>
        <translation>For</translation>
    </message>
    <message>
        <source>発行者</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>対象者</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>作成日</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>取り込んだ日時</source>
        <translation>Imported at</translation>
    </message>
    <message>
        <source>{value} 円</source>
        <translation>¥{value}</translation>
    </message>
    <message>
        <source>署名者: {organisation}（{trust}）</source>
        <translation>Signer: {organisation} ({trust})</translation>
    </message>
    <message>
        <source>署名の鍵の指紋: {key} …</source>
        <translation>Signing key fingerprint: {key} …</translation>
    </message>
    <message>
        <source>新しい署名者として受け入れる</source>
        <translation>Accept as the new signer</translation>
    </message>
    <message>
        <source>この署名者を確認済みにする</source>
        <translation>Mark this signer as confirmed</translation>
    </message>
    <message>
        <source>{organisation} を {issuer} の署名者として受け入れる</source>
        <translation>Accept {organisation} as the signer for {issuer}</translation>
    </message>
    <message>
        <source>発行元から届いたファイルで、内容（金額や名前）が書面やサイトの表示と合っていることを確かめてから受け入れてください。以後、同じ鍵で署名されたこの発行元のファイルは「署名確認済」になります。</source>
        <translation>Accept only after checking that the file came from the issuer and that its content (amounts, names) matches the paper or the issuer&apos;s site. From then on, this issuer&apos;s files signed with the same key show &quot;signature verified&quot;.</translation>
    </message>
    <message>
        <source>このパソコンには証明書ファイルがありません。</source>
        <translation>The certificate file is not on this PC.</translation>
    </message>
    <message>
        <source>確認を中止しました。</source>
        <translation>Checking cancelled.</translation>
    </message>
    <message>
        <source>ほか {count} 項目（ここには表示していません）</source>
        <translation>and {count} more items (not shown here)</translation>
    </message>
    <message>
        <source>内容が署名されたときのままであることを確かめました。</source>
        <translation>Checked: the content is as it was when signed.</translation>
    </message>
    <message>
        <source>証明書の内容</source>
        <translation>What the certificate says</translation>
    </message>
    <message>
        <source>受領した証明書の内容を見る</source>
        <translation>Show the contents of the received certificate</translation>
    </message>
    <message>
        <source>内容を見る</source>
        <translation>Show contents</translation>
    </message>
    <message>
        <source>電子データ: まだ取り込んでいません（受け取ったファイルをこのページにドロップできます）</source>
        <translation>Electronic data: not imported yet (you can drop the file you received onto this page)</translation>
    </message>
    <message>
        <source>署名: {organisation}</source>
        <translation>signed by {organisation}</translation>
    </message>
    <message>
        <source>マイナポータルの表示を隠す</source>
        <translation>Hide the Mynaportal status</translation>
    </message>
    <message>
        <source>マイナポータルの表示も記録する</source>
        <translation>Also record the Mynaportal status</translation>
    </message>
    <message>
        <source>記録のみ（ファイルなし）</source>
        <translation>record only (no file)</translation>
    </message>
    <message>
        <source>プランに追加</source>
        <translation>Add to the plan</translation>
    </message>
    <message>
        <source>{file} をプランに追加</source>
        <translation>Add {file} to the plan</translation>
    </message>
    <message>
        <source>{file}（{form}）</source>
        <translation>{file} ({form})</translation>
    </message>
    <message>
        <source>{file}: {word}
{sentence}</source>
        <translation>{file}: {word}
{sentence}</translation>
    </message>
    <message>
        <source>{file}: 取り込みました（{issuer}・{year}）</source>
        <translation>{file}: imported ({issuer}, {year})</translation>
    </message>
    <message>
        <source>{file}: 取り込み済みです（{issuer}・{year}）</source>
        <translation>{file}: already imported ({issuer}, {year})</translation>
    </message>
    <message>
        <source>プランにない証明書等です。プランに追加すると、準備完了として数えます。</source>
        <translation>This certificate is not in the plan. Add it to the plan to count it as ready.</translation>
    </message>
    <message>
        <source>受け取った電子データ</source>
        <translation>Electronic data you received</translation>
    </message>
    <message>
        <source>保険会社やねんきんネットなどからダウンロードした電子的控除証明書等（XML ファイル）を、このページにドロップするか、ボタンから選んでください。署名を確認し、確認できたものをこのパソコンに保存します（ファイルの中身は変えません）。</source>
        <translation>Drop the electronic certificates (XML files) you downloaded from your insurer, Nenkin Net and others onto this page, or choose them with the button. Their signatures are checked, and the verified files are kept on this computer (their contents are never changed).</translation>
    </message>
    <message>
        <source>証明書ファイルを取り込む…</source>
        <translation>Import certificate files…</translation>
    </message>
    <message>
        <source>受け取った証明書ファイルを選んで取り込む</source>
        <translation>Choose and import certificate files you received</translation>
    </message>
    <message>
        <source>取り込みを中止しました。残りの {count} 件は確認していません。</source>
        <translation>Import cancelled. The remaining {count} files were not checked.</translation>
    </message>
    <message>
        <source>証明書ファイルを確認しています</source>
        <translation>Checking certificate files</translation>
    </message>
    <message>
        <source>署名を確認しています… {done} / {total} 件</source>
        <translation>Checking signatures… {done} / {total}</translation>
    </message>
</context>
<context>
    <name>RememberNumberDialog</name>
    <message>
        <source>{issuer}の番号を記録</source>
        <translation>Remember the number for {issuer}</translation>
    </message>
    <message>
        <source>証券番号・口座番号・寄附番号など、{issuer}の手続で使う番号を記録します。</source>
        <translation>Remember the number {issuer}&apos;s procedure asks for, such as a policy, account or donation number. </translation>
    </message>
    <message>
        <source>番号は OS のキーチェーンにだけ保存され、保存データやバックアップには入りません。</source>
        <translation>It is kept only in the system keychain, never in the saved data or backups.</translation>
    </message>
    <message>
        <source>番号は保存データやバックアップには入りません。</source>
        <translation>It is never put in the saved data or backups.</translation>
    </message>
    <message>
        <source>{issuer}の番号</source>
        <translation>Number for {issuer}</translation>
    </message>
    <message>
        <source>番号(&amp;N):</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>暗号化されないファイルに保存することに同意する(&amp;A)</source>
        <translation>&amp;Agree to store it in a file that is not encrypted</translation>
    </message>
    <message>
        <source>暗号化されないファイルに保存することに同意する</source>
        <translation>Agree to store it in a file that is not encrypted</translation>
    </message>
    <message>
        <source>同意すると、番号はデータフォルダ内のファイルに暗号化せずに保存されます</source>
        <translation>If you agree, the number is stored unencrypted in a file in the data folder</translation>
    </message>
    <message>
        <source>記録する</source>
        <translation>Remember</translation>
    </message>
    <message>
        <source>番号をキーチェーンに記録する</source>
        <translation>Remember the number in the keychain</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>記録せずに閉じる</source>
        <translation>Close without remembering</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>カレンダーに書き出す(&amp;C)…</source>
        <translation>Export to &amp;calendar…</translation>
    </message>
    <message>
        <source>再確認の日と申告期間を、カレンダーに取り込めるファイル（.ics）に保存します</source>
        <translation>Saves the follow-up dates and the filing period as a file your calendar can import (.ics)</translation>
    </message>
    <message>
        <source>ログイン時に知らせる(&amp;M)</source>
        <translation>Notify &amp;me at login</translation>
    </message>
    <message>
        <source>パソコンにログインしたとき、その日に確かめることがあれば通知します</source>
        <translation>When you log in to the computer, shows a notification if something is due that day</translation>
    </message>
    <message>
        <source>確定申告の準備の予定</source>
        <translation>tax-return-preparation-dates</translation>
    </message>
    <message>
        <source>カレンダーに書き出す</source>
        <translation>Export to calendar</translation>
    </message>
    <message>
        <source>カレンダーファイル (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>保存先が通常のファイルではないため、置き換えません。</source>
        <translation>The target is not a regular file (a link, a device …), so it is not replaced.</translation>
    </message>
    <message>
        <source>カレンダーファイルを保存しました: {path}</source>
        <translation>Calendar file saved: {path}</translation>
    </message>
    <message>
        <source>カレンダーファイルを保存できませんでした。
{path}</source>
        <translation>The calendar file could not be saved.
{path}</translation>
    </message>
    <message>
        <source>カレンダー</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>ログイン時に知らせる</source>
        <translation>Notify me at login</translation>
    </message>
    <message>
        <source>ログイン時のお知らせを設定できませんでした。</source>
        <translation>The notification at login could not be changed.</translation>
    </message>
    <message>
        <source>ログインしたときに、その日に確かめることを知らせます</source>
        <translation>At login you will be notified of what is due that day</translation>
    </message>
    <message>
        <source>ログイン時のお知らせをやめました</source>
        <translation>The notification at login is off</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>「{item}」を確かめる日</source>
        <translation>Check again: {item}</translation>
    </message>
    <message>
        <source>{service}との連携を確かめる日</source>
        <translation>Check the linkage with {service}</translation>
    </message>
    <message>
        <source>{issuer}の{type}の手続を確かめる日</source>
        <translation>Check the {type} steps with {issuer}</translation>
    </message>
    <message>
        <source>{type}（{issuer}）の準備状況を確かめる日</source>
        <translation>Check the status of the {type} ({issuer})</translation>
    </message>
    <message>
        <source>{type}のデータが届く頃</source>
        <translation>The {type} data usually arrives</translation>
    </message>
    <message>
        <source>{delegator}の代理人設定の有効期間の最終日</source>
        <translation>Last day of the delegate setting for {delegator}</translation>
    </message>
    <message>
        <source>還付申告ができるようになる日（{year}）</source>
        <translation>A refund return can be filed from today ({year})</translation>
    </message>
    <message>
        <source>確定申告の申告期間の初日（{year}）</source>
        <translation>First day of the filing period ({year})</translation>
    </message>
    <message>
        <source>確定申告の申告期限（{year}）</source>
        <translation>Filing deadline ({year})</translation>
    </message>
    <message>
        <source>済んでいるか確かめて、Myna Prep に記録しましょう。</source>
        <translation>Check whether it is done and record it in Myna Prep.</translation>
    </message>
    <message>
        <source>マイナポータルの連携状況リストで{service}の表示（完了・未完了・確認）を確かめ、Myna Prep に記録しましょう。</source>
        <translation>Look at {service} in Mynaportal&apos;s 連携状況リスト (linkage status list): 完了 (complete), 未完了 (incomplete) or 確認 (check), and record it in Myna Prep.</translation>
    </message>
    <message>
        <source>{channel}で{issuer}の電子交付の登録と連携が済んでいるか確かめ、Myna Prep に記録しましょう。</source>
        <translation>Check on {channel} that the registration for electronic delivery with {issuer} and the linkage are done, and record it in Myna Prep.</translation>
    </message>
    <message>
        <source>マイナポータルの「証明書の準備状況」で{type}（{issuer}）が「準備完了」か確かめ、Myna Prep に記録しましょう。</source>
        <translation>Check in Mynaportal&apos;s 「証明書の準備状況」 (certificate status) whether the {type} ({issuer}) shows 「準備完了」 (ready), and record it in Myna Prep.</translation>
    </message>
    <message>
        <source>{channel}で{type}のデータが届いているか確かめ、届いていたら記録しましょう。</source>
        <translation>Check on {channel} whether the {type} data has arrived, and record it when it has.</translation>
    </message>
    <message>
        <source>続けて代理で手続するときは、マイナポータルの「代理人設定」で有効期間を確かめましょう。</source>
        <translation>To keep acting for this family member, check the validity period in Mynaportal&apos;s 「代理人設定」 (delegate settings).</translation>
    </message>
    <message>
        <source>税金が戻る方（還付申告）は、この日から申告できます。</source>
        <translation>If you get tax back (a refund return), you can file from this day.</translation>
    </message>
    <message>
        <source>確定申告書等作成コーナーで申告書を作成・提出できます。</source>
        <translation>You can create and submit your return in the 確定申告書等作成コーナー (tax return preparation corner).</translation>
    </message>
    <message>
        <source>申告書の提出はこの日までです。</source>
        <translation>Returns must be submitted by this day.</translation>
    </message>
    <message>
        <source>{member}: {what}</source>
        <translation>{member}: {what}</translation>
    </message>
    <message>
        <source>{member}・{step}</source>
        <translation>{member} · {step}</translation>
    </message>
    <message>
        <source>Myna Prep（マイナポータル連携 事前準備ナビ）から書き出した予定です。</source>
        <translation>Exported from Myna Prep (Mynaportal linkage preparation guide).</translation>
    </message>
    <message>
        <source>マイナポータル連携の事前準備</source>
        <translation>Mynaportal linkage preparation</translation>
    </message>
    <message>
        <source>今日確かめることが1件あります</source>
        <translation>1 thing to check today</translation>
    </message>
    <message>
        <source>今日確かめることが{n}件あります</source>
        <translation>{n} things to check today</translation>
    </message>
    <message>
        <source>ほか{n}件</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <source>次に確かめる日</source>
        <translation>Next dates to keep</translation>
    </message>
</context>
<context>
    <name>Seasons</name>
    <message>
        <source>{year}の準備を始めました</source>
        <translation>Preparation for {year} has begun</translation>
    </message>
    <message>
        <source>マイナポータルの利用者登録、連携、電子交付の登録、選んだ証明書等と発行元、代理人設定はそのまま引き継いでいます。</source>
        <translation>Your Mynaportal registration, the linkages, the electronic-delivery registrations, the certificates and issuers you chose, and the delegate settings carry over as they are.</translation>
    </message>
    <message>
        <source>証明書の準備状況は年分ごとに変わるので、{year}の分をもう一度確かめましょう。</source>
        <translation>The certificate status changes every tax year, so check it again for {year}.</translation>
    </message>
    <message>
        <source>代理人設定の有効期間は{year}の申告期間で確かめ直しています。</source>
        <translation>The validity of each delegation is checked again against the filing period for {year}.</translation>
    </message>
    <message>
        <source>{previous}の記録は「表示 ▸ 過去の年分」で見ることと印刷ができます（変更はできません）。</source>
        <translation>You can view and print the record of {previous} under View ▸ Past tax years (it cannot be changed).</translation>
    </message>
    <message>
        <source>証明書の準備状況を確かめる</source>
        <translation>Check the certificate status</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>過去の年分(&amp;P)</source>
        <translation>&amp;Past tax years</translation>
    </message>
    <message>
        <source>過去の年分はまだありません</source>
        <translation>No past tax years yet</translation>
    </message>
    <message>
        <source>{year}（過去の年分・閲覧のみ）</source>
        <translation>{year} (past tax year, read-only)</translation>
    </message>
    <message>
        <source>これは{year}の記録です。見ることと印刷はできますが、変更はできません。いま準備しているのは{current}です。</source>
        <translation>This is the record of {year}. You can view and print it, but not change it. You are now preparing {current}.</translation>
    </message>
    <message>
        <source>記録なし</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>この年分をPDFに書き出す…</source>
        <translation>Export this tax year as PDF…</translation>
    </message>
    <message>
        <source>証明書の準備状況: {total} 件中 {ready} 件が準備完了でした</source>
        <translation>Certificate status: {ready} of {total} were 準備完了 (ready)</translation>
    </message>
    <message>
        <source>連携状況</source>
        <translation>Linkages</translation>
    </message>
    <message>
        <source>証明書等</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>代理人設定</source>
        <comment>heading</comment>
        <translation>Delegate settings</translation>
    </message>
    <message>
        <source>{name}（{detail}）</source>
        <translation>{name} ({detail})</translation>
    </message>
    <message>
        <source>受け取った電子証明書等のファイル: {count} 件</source>
        <translation>Received certificate files: {count}</translation>
    </message>
</context>
<context>
    <name>ShowNumberDialog</name>
    <message>
        <source>{issuer}の番号</source>
        <translation>Number for {issuer}</translation>
    </message>
    <message>
        <source>閉じる</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>番号の表示を閉じる</source>
        <translation>Close the number</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>準備するものと流れ</source>
        <translation>What you need, the flow</translation>
    </message>
    <message>
        <source>利用者登録</source>
        <translation>Register as a user</translation>
    </message>
    <message>
        <source>証明書等を選ぶ</source>
        <translation>Choose certificates</translation>
    </message>
    <message>
        <source>外部サイトと連携</source>
        <translation>Link external sites</translation>
    </message>
    <message>
        <source>発行企業と連携</source>
        <translation>Link with issuers</translation>
    </message>
    <message>
        <source>e-Taxで情報取得希望</source>
        <translation>Request data via e-Tax</translation>
    </message>
    <message>
        <source>準備状況を確認</source>
        <translation>Check readiness</translation>
    </message>
    <message>
        <source>家族の医療費通知情報</source>
        <translation>Family medical expenses</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>これから</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>次はここ</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>途中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>待ち</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>完了</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>不要</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <source>STEP2次第</source>
        <translation>Depends on STEP2</translation>
    </message>
    <message>
        <source>要対応</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>事前準備が完了！確定申告書の作成開始！</source>
        <translation>Preparation complete: start your tax return!</translation>
    </message>
    <message>
        <source>代理人設定の手順を進めましょう</source>
        <translation>Continue with the delegate settings</translation>
    </message>
    <message>
        <source>まず STEP2 で取得したい証明書等を選びましょう</source>
        <translation>First choose the certificates you want in STEP2</translation>
    </message>
    <message>
        <source>準備完了まで、あと {left} 件です</source>
        <translation>{left} left before everything is ready</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>今やること</source>
        <translation>To do now</translation>
    </message>
    <message>
        <source>説明: {headline}</source>
        <translation>Explanation: {headline}</translation>
    </message>
    <message>
        <source>リンクは Tab キーで選び、Enter キーでブラウザに開きます</source>
        <translation>Choose a link with Tab and open it in your browser with Enter</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>STEP0 全体図</source>
        <translation>STEP0 Overview</translation>
    </message>
    <message>
        <source>マイナポータル連携に係る事前準備（全体図）</source>
        <translation>Preparation for the Mynaportal linkage (overview)</translation>
    </message>
    <message>
        <source>STEP1</source>
        <translation>STEP1</translation>
    </message>
    <message>
        <source>マイナポータルで利用者登録</source>
        <translation>Register as a Mynaportal user</translation>
    </message>
    <message>
        <source>STEP2</source>
        <translation>STEP2</translation>
    </message>
    <message>
        <source>「確定申告の事前準備」ページにアクセスして、取得したい証明書等を選択</source>
        <translation>Open the 「確定申告の事前準備」 (tax-return preparation) page and choose the certificates you want</translation>
    </message>
    <message>
        <source>STEP3</source>
        <translation>STEP3</translation>
    </message>
    <message>
        <source>マイナポータルとe-Taxを連携した上で、マイナポータルと民間送達サービスやねんきんネットを連携</source>
        <translation>Link Mynaportal with e-Tax, then with the private delivery services and Nenkin Net</translation>
    </message>
    <message>
        <source>STEP4</source>
        <translation>STEP4</translation>
    </message>
    <message>
        <source>民間送達サービスと証明書等を発行する企業との連携</source>
        <translation>Link the private delivery services with the companies that issue your certificates</translation>
    </message>
    <message>
        <source>STEP5</source>
        <translation>STEP5</translation>
    </message>
    <message>
        <source>e-Taxのマイページで情報取得希望の登録（給与所得の源泉徴収票情報を取得する場合）</source>
        <translation>Register your request for information on the e-Tax My Page (to obtain your salary withholding slip)</translation>
    </message>
    <message>
        <source>準備完了</source>
        <translation>Ready (準備完了)</translation>
    </message>
    <message>
        <source>事前準備が完了！確定申告書の作成開始！</source>
        <translation>Preparation complete: start your tax return!</translation>
    </message>
    <message>
        <source>代理人設定（参考）</source>
        <translation>Delegate settings (reference)</translation>
    </message>
    <message>
        <source>（参考）マイナポータルにおける代理人の設定</source>
        <translation>(Reference) Setting up a delegate on Mynaportal</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>保存データのファイルが壊れていたため、元のファイルを「{moved_to}」に移して保管し、新しいデータで始めました。</source>
        <translation>The data file was damaged, so it was kept as &quot;{moved_to}&quot; and a new, empty data file was started.</translation>
    </message>
    <message>
        <source>保存データの場所に Myna Prep のものではないファイルがあったため、「{moved_to}」に移して保管し、新しいデータで始めました。</source>
        <translation>A file that does not belong to Myna Prep was where the data file goes, so it was kept as &quot;{moved_to}&quot; and a new data file was started.</translation>
    </message>
    <message>
        <source>保存データを新しい形式に更新しました（更新前のコピーは「{backup}」にあります）。</source>
        <translation>The saved data was updated to the new format (a copy from before is in &quot;{backup}&quot;).</translation>
    </message>
    <message>
        <source>この保存データは新しいバージョンの Myna Prep で作られているため、読み取り専用で開いており、ここでの変更は保存されません。</source>
        <translation>This data was made by a newer version of Myna Prep, so it is open read-only and changes made here are not saved.</translation>
    </message>
    <message>
        <source>データフォルダ「{directory}」に書き込めないため読み取り専用で開いており、ここでの変更は保存されません。</source>
        <translation>The data folder &quot;{directory}&quot; cannot be written to, so the data is open read-only and changes made here are not saved.</translation>
    </message>
    <message>
        <source>保存データのファイル「{path}」に書き込めないため読み取り専用で開いており、ここでの変更は保存されません。</source>
        <translation>The data file &quot;{path}&quot; cannot be written to, so it is open read-only and changes made here are not saved.</translation>
    </message>
    <message>
        <source>データフォルダ「{directory}」を作成できないか書き込めないため、記録を保存できません。</source>
        <translation>The data folder &quot;{directory}&quot; cannot be created or written to, so nothing can be saved.</translation>
    </message>
    <message>
        <source>データフォルダ「{directory}」がフォルダではなくファイルのため、記録を読み書きできません。</source>
        <translation>The data folder &quot;{directory}&quot; is a file, not a folder, so nothing can be read or saved.</translation>
    </message>
    <message>
        <source>保存データの場所「{path}」が通常のファイルではない（フォルダ、リンク、デバイスなど）か別のユーザーのものであるため、開きません。</source>
        <translation>&quot;{path}&quot;, where the data file goes, is not a regular file (a folder, link, device …) or belongs to another user, so it is not opened.</translation>
    </message>
    <message>
        <source>保存データのファイル「{path}」を読み取る権限がないため、開けません。</source>
        <translation>There is no permission to read the data file &quot;{path}&quot;, so it cannot be opened.</translation>
    </message>
    <message>
        <source>保存データのファイル「{path}」が壊れていて、別の名前に移すこともできなかったため、開けません。</source>
        <translation>The data file &quot;{path}&quot; is damaged and could not be moved aside, so it cannot be opened.</translation>
    </message>
    <message>
        <source>保存データのファイル「{path}」を開けませんでした。</source>
        <translation>The data file &quot;{path}&quot; could not be opened.</translation>
    </message>
    <message>
        <source>読み取り専用で開いているため、この変更は保存されませんでした。</source>
        <translation>The data is open read-only, so this change was not saved.</translation>
    </message>
    <message>
        <source>ディスクの空き容量が足りないため、この変更は保存されませんでした。</source>
        <translation>The disk is full, so this change was not saved.</translation>
    </message>
    <message>
        <source>保存先に書き込めなくなったため、この変更は保存されませんでした。</source>
        <translation>The data can no longer be written to, so this change was not saved.</translation>
    </message>
    <message>
        <source>保存データのファイルに書き込めなかったため、この変更は保存されませんでした。</source>
        <translation>The data file could not be written, so this change was not saved.</translation>
    </message>
    <message>
        <source>保存データが別の処理で使用中だったため、この変更は保存されませんでした。</source>
        <translation>The data was in use by another task, so this change was not saved.</translation>
    </message>
    <message>
        <source>保存データのファイルを読み込めませんでした。</source>
        <translation>The data file could not be read.</translation>
    </message>
    <message>
        <source>Myna Prep の内部エラーのため、この操作を完了できませんでした。</source>
        <translation>An internal error in Myna Prep stopped this from being done.</translation>
    </message>
    <message>
        <source>対象の記録が見つかりませんでした（ほかの操作で削除された可能性があります）。</source>
        <translation>The record was not found (it may have been removed elsewhere).</translation>
    </message>
    <message>
        <source>名前を入力してください。</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <source>同じ名前の人がすでに登録されています。</source>
        <translation>Someone with this name is already registered.</translation>
    </message>
    <message>
        <source>家族が一人だけのときは削除できません。名前の変更はできます。</source>
        <translation>The only member of the household cannot be removed. You can rename them.</translation>
    </message>
    <message>
        <source>このマイナンバーカードはすでに別の人に結び付けられています。</source>
        <translation>This My Number card is already linked to another person.</translation>
    </message>
    <message>
        <source>カードの証明書の値が正しくありません。</source>
        <translation>The card&apos;s certificate value is not valid.</translation>
    </message>
    <message>
        <source>証明書等を発行する企業の名前を入力してください。</source>
        <translation>Please enter the name of the company that issues the certificate.</translation>
    </message>
    <message>
        <source>同じ種類で同じ発行企業の証明書等は、すでに登録されています。</source>
        <translation>A certificate of this kind from this issuer is already registered.</translation>
    </message>
    <message>
        <source>証明書等の種類を選んでください。</source>
        <translation>Please choose the kind of certificate.</translation>
    </message>
    <message>
        <source>チェック項目が指定されていません。</source>
        <translation>No checklist item was given.</translation>
    </message>
    <message>
        <source>委任者と代理人には別の人を選んでください。</source>
        <translation>Please choose two different people as the delegator and the delegate.</translation>
    </message>
    <message>
        <source>代理関係名を入力してください。</source>
        <translation>Please enter a name for the delegation.</translation>
    </message>
    <message>
        <source>代理権限の有効期間は、終了日を開始日以降にしてください。</source>
        <translation>The delegation&apos;s end date must not be before its start date.</translation>
    </message>
    <message>
        <source>署名を確認できなかったファイルは、受領済みとして記録しません。</source>
        <translation>A file whose signature could not be verified is not recorded as received.</translation>
    </message>
    <message>
        <source>データフォルダの received（受け取ったファイルの保管場所）が、ふつうのフォルダやファイルではなく別の場所へのリンクなどになっているため、保存しませんでした。データフォルダの中を確認してください。</source>
        <translation>Not saved: &quot;received&quot; in the data folder (where received files are kept) is a link to somewhere else or not an ordinary folder or file. Check the data folder.</translation>
    </message>
    <message>
        <source>「{path}」は通常のファイルではない（フォルダ、FIFO、デバイスなど）ため、読み込まずに何も変更していません。</source>
        <translation>&quot;{path}&quot; is not a regular file (a folder, FIFO, device …), so it was not read and nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」に同じ項目「{key}」が二度あり内容が決まらないため、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; has the entry &quot;{key}&quot; twice, so its content is ambiguous and nothing was changed.</translation>
    </message>
    <message>
        <source>記録の中に読み込み直せない値があるため、「{path}」には書き出していません。</source>
        <translation>The records hold a value that could not be read back, so nothing was written to &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>「{path}」は通常のファイルではない（フォルダ、リンク、デバイスなど）ため、書き出していません。</source>
        <translation>&quot;{path}&quot; is not a regular file (a folder, link, device …), so nothing was written.</translation>
    </message>
    <message>
        <source>ファイル全体</source>
        <translation>the whole file</translation>
    </message>
    <message>
        <source>アクセスする権限がない</source>
        <translation>cannot be accessed (no permission)</translation>
    </message>
    <message>
        <source>見つからない</source>
        <translation>was not found</translation>
    </message>
    <message>
        <source>途中の名前がフォルダではない</source>
        <translation>has a part of its path that is not a folder</translation>
    </message>
    <message>
        <source>フォルダである</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <source>ディスクの空き容量が足りない</source>
        <translation>is on a disk that is full</translation>
    </message>
    <message>
        <source>ディスクの使用量の上限に達している</source>
        <translation>is on a disk whose quota is used up</translation>
    </message>
    <message>
        <source>読み取り専用の場所である</source>
        <translation>is in a read-only place</translation>
    </message>
    <message>
        <source>シンボリックリンクである</source>
        <translation>is a symbolic link</translation>
    </message>
    <message>
        <source>ファイルが大きすぎる</source>
        <translation>is too large</translation>
    </message>
    <message>
        <source>読み書きできない</source>
        <translation>cannot be read or written</translation>
    </message>
    <message>
        <source>読み込めない</source>
        <translation>cannot be read</translation>
    </message>
    <message>
        <source>書き込めない</source>
        <translation>cannot be written</translation>
    </message>
    <message>
        <source>データフォルダ「{directory}」は{reason}ため、何も変更していません。</source>
        <translation>The data folder &quot;{directory}&quot; {reason}, so nothing was changed.</translation>
    </message>
    <message>
        <source>「{path}」は{reason}ため、バックアップを書き出せませんでした。</source>
        <translation>&quot;{path}&quot; {reason}, so the backup was not written.</translation>
    </message>
    <message>
        <source>{year}年の記録が読めません。今年の準備には影響ありません。バックアップから読み込み直せます。</source>
        <translation>The record of {year} cannot be read. This year&apos;s preparation is not affected; you can import it again from a backup.</translation>
    </message>
    <message>
        <source>ファイル「{path}」は Myna Prep のバックアップとして読めない形式のため、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; cannot be read as a Myna Prep backup, so nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」は Myna Prep のバックアップではないため、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; is not a Myna Prep backup, so nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」は新しいバージョンの Myna Prep で書き出されたため、このバージョンでは読み込めず、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; was written by a newer version of Myna Prep and cannot be read by this one, so nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」の内容に誤り（{where}）があるため、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; contains an error ({where}), so nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」はすでにあるため、上書きしませんでした（上書きするには --force を付けてください）。</source>
        <translation>The file &quot;{path}&quot; already exists and was not overwritten (add --force to overwrite it).</translation>
    </message>
    <message>
        <source>ファイル「{path}」は{reason}ため、何も変更していません。</source>
        <translation>The file &quot;{path}&quot; {reason}, so nothing was changed.</translation>
    </message>
    <message>
        <source>ファイル「{path}」はバックアップの上限（{megabytes} MB）より大きいため、読み込まずに何も変更していません。</source>
        <translation>The file &quot;{path}&quot; is larger than a backup may be ({megabytes} MB), so it was not read and nothing was changed.</translation>
    </message>
    <message>
        <source>記録がバックアップの上限（{megabytes} MB）を超えて読み込み直せなくなるため、「{path}」には書き出していません。</source>
        <translation>The records would exceed the backup limit ({megabytes} MB) and could not be read back, so nothing was written to &quot;{path}&quot;.</translation>
    </message>
    <message>
        <source>Myna Prep が起動中のため、アプリを終了してからもう一度実行してください。</source>
        <translation>Myna Prep is running; quit the app and run this again.</translation>
    </message>
    <message>
        <source>この環境では安全な保存場所（OS のキーチェーン）が使えないため、番号は保存されません。</source>
        <translation>No secure store (the system&apos;s keychain) is available here, so numbers are not saved.</translation>
    </message>
    <message>
        <source>番号はデータフォルダ内のファイルに暗号化せずに保存されます。</source>
        <translation>Numbers are saved unencrypted in a file in the data folder.</translation>
    </message>
    <message>
        <source>キーチェーンに保存できなかったため、番号は保存されませんでした。</source>
        <translation>The number could not be saved in the keychain, so it was not saved.</translation>
    </message>
    <message>
        <source>キーチェーンから番号を読み出せませんでした。</source>
        <translation>The number could not be read from the keychain.</translation>
    </message>
</context>
<context>
    <name>TextSizeMenu</name>
    <message>
        <source>文字の大きさ(&amp;T)</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <source>標準</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大きめ</source>
        <translation>Larger</translation>
    </message>
    <message>
        <source>特大</source>
        <translation>Largest</translation>
    </message>
    <message>
        <source>大きくする</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>小さくする</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>標準に戻す</source>
        <translation>Standard size</translation>
    </message>
</context>
<context>
    <name>UpdateProgressDialog</name>
    <message>
        <source>カタログの更新</source>
        <translation>Catalog update</translation>
    </message>
    <message>
        <source>証明書カタログの更新を確認しています…</source>
        <translation>Checking for certificate catalog updates…</translation>
    </message>
    <message>
        <source>受信の進み具合</source>
        <translation>Download progress</translation>
    </message>
    <message>
        <source>更新のファイルを受け取っている進み具合です</source>
        <translation>How much of the update has been received</translation>
    </message>
    <message>
        <source>中止</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
