/** The part of swagger-ui-dist's bundle the API reference page uses (the package ships no types). */
declare module 'swagger-ui-dist/swagger-ui-es-bundle.js' {
  export interface SwaggerUIOptions {
    /** Where the OpenAPI document is fetched from. */
    readonly url: string;
    /** The element Swagger UI renders into, as a selector. */
    readonly dom_id: string;
    readonly deepLinking?: boolean;
    /** null: no badge from the public online validator (no request leaves for a third party). */
    readonly validatorUrl?: string | null;
    readonly persistAuthorization?: boolean;
    readonly tryItOutEnabled?: boolean;
    readonly displayRequestDuration?: boolean;
    readonly docExpansion?: 'list' | 'full' | 'none';
    readonly defaultModelsExpandDepth?: number;
    readonly filter?: boolean | string;
    readonly onComplete?: () => void;
  }
  const SwaggerUIBundle: (options: SwaggerUIOptions) => unknown;
  export default SwaggerUIBundle;
}
