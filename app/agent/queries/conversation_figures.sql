-- Where a conversation (or playground thread) got, as its conversations row says: the
-- replay comparison's figures.
select current_stage, qualified, qualification_score, payment_link_sent, instagram_handle
from conversations
where id = $1
