import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';

import { Connection, PageArgs } from '../common/pagination';
import { Engagement } from '../engagements/engagement.entity';
import { CurrentScope } from '../graphql/current-scope.decorator';
import { GraphqlContext } from '../graphql/graphql-context';
import { RequestScope } from '../policy/actor';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';

@ObjectType()
class NotificationConnection extends Connection(Notification, 'Notification') {}

@ArgsType()
class NotificationListArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only notifications not yet marked read' })
  unreadOnly: boolean = false;
}

@ArgsType()
class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'Notifications to mark read (up to 100)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  ids: string[];
}

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, {
    description: 'The signed-in user’s notifications, newest first',
  })
  notifications(@CurrentScope() scope: RequestScope, @Args() args: NotificationListArgs) {
    return this.notificationService.list(scope.actor, args, args.unreadOnly);
  }

  @Query(() => Int, { description: 'How many of the signed-in user’s notifications are unread' })
  unreadNotificationCount(@CurrentScope() scope: RequestScope) {
    return this.notificationService.unreadCount(scope.actor);
  }

  @Mutation(() => [Notification], { description: 'Marks some of one’s own notifications read' })
  markNotificationsRead(
    @CurrentScope() scope: RequestScope,
    @Args() args: MarkNotificationsReadArgs,
  ) {
    return this.notificationService.markRead(scope.actor, args.ids);
  }

  @Mutation(() => Int, {
    description: 'Marks all of one’s notifications read; returns how many changed',
  })
  markAllNotificationsRead(@CurrentScope() scope: RequestScope) {
    return this.notificationService.markAllRead(scope.actor);
  }

  @ResolveField(() => Engagement, { nullable: true, description: 'Engagement it is about' })
  engagement(@Parent() notification: Notification, @Context() context: GraphqlContext) {
    return notification.engagementId
      ? context.loaders.engagement.load(notification.engagementId)
      : null;
  }
}
