/** The SQL builders of the DuckDB layer (pure functions returning SQL text). */
export * from './area-totals';
export * from './commune-indicators';
export * from './dataset-summary';
export * from './latest-population';
export * from './loaded-layers';
export * from './professions';
export * from './sql-literals';
export * from './stay-allocation';
