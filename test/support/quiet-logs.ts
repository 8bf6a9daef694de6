// Handlers log every request as JSON; tests only want errors on the console.
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
