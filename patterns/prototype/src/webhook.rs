//! Posting each submission to the council's webhook, as JSON, until it is taken: a delivery
//! is stored with its submission (in the same transaction), tried at once, and tried again
//! with growing waits (5 s, 10 s, 20 s, … up to an hour, by default) while the webhook fails. Nothing is
//! lost to an outage, or to a restart: deliveries wait in the database. Delivery is at least
//! once (a post taken whose answer is lost is posted again), with the reference as the
//! `Idempotency-Key` header so a receiver can tell.

use crate::App;
use std::sync::Arc;
use std::time::Duration;

/// The wait, in milliseconds, before try number `attempts + 2`: `first`, doubling with
/// each failure, at most an hour.
pub(crate) fn backoff(first: Duration, attempts: u32) -> i64 {
    let first = first.as_millis().min(3_600_000) as i64;
    (first << attempts.min(20)).min(3_600_000)
}

/// Delivers what is due, then waits for a new submission or the next retry.
pub(crate) async fn deliver(app: Arc<App>) {
    let client = match reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .user_agent("civic-prototype")
        .build()
    {
        Ok(client) => client,
        Err(error) => {
            eprintln!("civic prototype: webhooks are off: {error}");
            return;
        }
    };
    let Some(url) = app.webhook.clone() else {
        return;
    };
    loop {
        let due = app.store.due_deliveries().unwrap_or_else(|error| {
            eprintln!("civic prototype: {error}");
            Vec::new()
        });
        for delivery in due {
            let outcome = match client
                // The address given now: a council that fixes its webhook restarts with
                // the new one, and what waited goes there.
                .post(&url)
                .header("content-type", "application/json")
                // A post the webhook took but whose answer was lost is sent again: the
                // reference lets the receiver see it has it already.
                .header("idempotency-key", &delivery.reference)
                .body(delivery.body.clone())
                .send()
                .await
            {
                Ok(response) if response.status().is_success() => Ok(()),
                Ok(response) => Err(format!("the webhook answered {}", response.status())),
                Err(error) => Err(format!("the webhook could not be reached: {error}")),
            };
            if let Err(error) = &outcome {
                eprintln!(
                    "civic prototype: {} not delivered (try {}): {error}",
                    delivery.reference,
                    delivery.attempts + 1
                );
            }
            if let Err(error) = app.store.delivered(
                &delivery.reference,
                outcome,
                backoff(app.webhook_retry, delivery.attempts),
            ) {
                eprintln!("civic prototype: {error}");
            }
        }
        tokio::select! {
            () = app.wake_webhook.notified() => {},
            () = tokio::time::sleep(Duration::from_millis(200).min(app.webhook_retry)) => {},
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn waits_double_up_to_an_hour() {
        let first = std::time::Duration::from_secs(5);
        let waits: Vec<i64> = (0..12).map(|a| super::backoff(first, a)).collect();
        assert_eq!(&waits[..5], &[5_000, 10_000, 20_000, 40_000, 80_000]);
        assert_eq!(waits[11], 3_600_000);
    }
}
