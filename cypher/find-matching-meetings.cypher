// Existing meetings that are the same real meeting as a new report: exactly the same people
// (one index seek on the participants key), dates equal or one day apart (time zones) or one
// undated, and a compatible kind.
UNWIND $meetings AS row
MATCH (m:Meeting {participantsKey: row.participantsKey})
WHERE (m.kind = 'phone_call') = (row.kind = 'phone_call')
  AND (m.day IS NULL OR row.day IS NULL OR abs(duration.inDays(m.day, date(row.day)).days) <= 1)
  AND (m.date IS NULL OR row.date IS NULL OR m.day IS NOT NULL OR row.day IS NOT NULL OR m.date = row.date)
RETURN row.ref AS ref, m.id AS id,
       CASE WHEN m.day = date(row.day) THEN 'same_day'
            WHEN m.day IS NOT NULL AND row.day IS NOT NULL THEN 'one_day_apart'
            WHEN m.date = row.date THEN 'same_date'
            ELSE 'one_undated' END AS reason
ORDER BY reason = 'same_day' DESC, reason = 'same_date' DESC
