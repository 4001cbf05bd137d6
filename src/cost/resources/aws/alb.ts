import { albPricer } from './lb';

/** aws_alb is aws_lb under its older name: the same pricing. */
export default albPricer;
