/**
 * Learning-rate schedules: a factor per optimizer step that multiplies the optimizer's base rate — constant,
 * multi-step decay and cosine decay, each with an optional linear warm-up. Registered by name in
 * {@link dev.ste4j.nn.schedule.Schedules}.
 */
package dev.ste4j.nn.schedule;
