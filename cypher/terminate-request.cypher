// Ends the transactions a request still has open: its client went away, nobody reads the answer.
// Transactions carry the request in their metadata (parleyRequest).
SHOW TRANSACTIONS YIELD transactionId AS id, metaData
WHERE metaData.parleyRequest = $request
TERMINATE TRANSACTIONS id
YIELD transactionId, message
RETURN transactionId, message
