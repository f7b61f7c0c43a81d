-- The question's words as tsquery terms (stemmed; a stop word gives null, without the notice
-- plainto_tsquery would raise), in order: the app combines them into "at least k of these
-- words" (Retriever.cpp). $1 the words.
select case when to_tsvector('english'::regconfig, w) <> ''::tsvector
            then plainto_tsquery('english'::regconfig, w)::text end
from unnest($1::text[]) with ordinality as t(w, n)
order by n
