import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import { logContext } from './log-context';
import { redactForLog } from './redact';

/**
 * Powertools' standard keys, with resident ID numbers, phone numbers and addresses masked in
 * every attribute of every line, so no handler can log them in full by mistake.
 */
class RedactingLogFormatter extends LogFormatter {
  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const base: LogAttributes = {
      level: attributes.logLevel,
      message: attributes.message,
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
      cold_start: attributes.lambdaContext?.coldStart,
      function_name: attributes.lambdaContext?.functionName,
      function_request_id: attributes.lambdaContext?.awsRequestId,
      xray_trace_id: attributes.xRayTraceId,
    };
    return new LogItem({
      attributes: redactForLog({ ...base, ...logContext(), ...additional }) as LogAttributes,
    });
  }
}

/** One logger for every handler: structured JSON, case id and correlation id on each line. */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'admin-justice-cases',
  logFormatter: new RedactingLogFormatter(),
});
